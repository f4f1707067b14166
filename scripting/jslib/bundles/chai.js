var Dr=(n,t,r)=>()=>{if(r)throw r[0];try{return n&&(t=n(n=0)),t}catch(s){throw r=[s],s}};var j=(n,t)=>()=>{try{return t||n((t={exports:{}}).exports,t),t.exports}catch(r){throw t=0,r}};var g=Dr(()=>{});var we=j((Ii,Le)=>{g();function Ge(){var n=[].slice.call(arguments);function t(r,s){Object.keys(s).forEach(function(e){~n.indexOf(e)||(r[e]=s[e])})}return function(){for(var s=[].slice.call(arguments),e=0,f={};e<s.length;e++)t(f,s[e]);return f}}Le.exports=_;function _(n,t,r){var s=Ge("name","message","stack","constructor","toJSON"),e=s(t||{});this.message=n||"Unspecified AssertionError",this.showDiff=!1;for(var f in e)this[f]=e[f];if(r=r||_,Error.captureStackTrace)Error.captureStackTrace(this,r);else try{throw new Error}catch(h){this.stack=h.stack}}_.prototype=Object.create(Error.prototype);_.prototype.name="AssertionError";_.prototype.constructor=_;_.prototype.toJSON=function(n){var t=Ge("constructor","toJSON","stack"),r=t({name:this.name},this);return n!==!1&&this.stack&&(r.stack=this.stack),r}});var _e=j((ki,Je)=>{"use strict";g();function Ue(n,t){return typeof n=="undefined"||n===null?!1:t in Object(n)}function Re(n){var t=n.replace(/([^\\])\[/g,"$1.["),r=t.match(/(\\\.|[^.]+?)+/g);return r.map(function(e){if(e==="constructor"||e==="__proto__"||e==="prototype")return{};var f=/^\[(\d+)\]$/,h=f.exec(e),c=null;return h?c={i:parseFloat(h[1])}:c={p:e.replace(/\\([.[\]])/g,"$1")},c})}function We(n,t,r){var s=n,e=null;r=typeof r=="undefined"?t.length:r;for(var f=0;f<r;f++){var h=t[f];s&&(typeof h.p=="undefined"?s=s[h.i]:s=s[h.p],f===r-1&&(e=s))}return e}function Cr(n,t,r){for(var s=n,e=r.length,f=null,h=0;h<e;h++){var c=null,v=null;if(f=r[h],h===e-1)c=typeof f.p=="undefined"?f.i:f.p,s[c]=t;else if(typeof f.p!="undefined"&&s[f.p])s=s[f.p];else if(typeof f.i!="undefined"&&s[f.i])s=s[f.i];else{var w=r[h+1];c=typeof f.p=="undefined"?f.i:f.p,v=typeof w.p=="undefined"?[]:{},s[c]=v,s=s[c]}}}function Ke(n,t){var r=Re(t),s=r[r.length-1],e={parent:r.length>1?We(n,r,r.length-1):n,name:s.p||s.i,value:We(n,r)};return e.exists=Ue(e.parent,e.name),e}function Ir(n,t){var r=Ke(n,t);return r.value}function Nr(n,t,r){var s=Re(t);return Cr(n,r,s),n}Je.exports={hasProperty:Ue,getPathInfo:Ke,getPathValue:Ir,setPathValue:Nr}});var B=j((Fi,he)=>{g();he.exports=function(t,r,s){var e=t.__flags||(t.__flags=Object.create(null));if(arguments.length===3)e[r]=s;else return e[r]};he.exports=__courier.flag(he.exports,function(n,t,r){n[t]=r},function(n){return new n})});var $e=j((Vi,Ze)=>{g();var kr=B();Ze.exports=function(t,r){var s=kr(t,"negate"),e=r[0];return s?!e:e}});var te=j((xe,je)=>{g();(function(n,t){typeof xe=="object"&&typeof je!="undefined"?je.exports=t():typeof define=="function"&&define.amd?define(t):(n=typeof globalThis!="undefined"?globalThis:n||self,n.typeDetect=t())})(xe,(function(){"use strict";var n=typeof Promise=="function",t=(function(D){if(typeof globalThis=="object")return globalThis;Object.defineProperty(D,"typeDetectGlobalObject",{get:function(){return this},configurable:!0});var K=typeDetectGlobalObject;return delete D.typeDetectGlobalObject,K})(Object.prototype),r=typeof Symbol!="undefined",s=typeof Map!="undefined",e=typeof Set!="undefined",f=typeof WeakMap!="undefined",h=typeof WeakSet!="undefined",c=typeof DataView!="undefined",v=r&&typeof Symbol.iterator!="undefined",w=r&&typeof Symbol.toStringTag!="undefined",O=e&&typeof Set.prototype.entries=="function",I=s&&typeof Map.prototype.entries=="function",Q=O&&Object.getPrototypeOf(new Set().entries()),R=I&&Object.getPrototypeOf(new Map().entries()),V=v&&typeof Array.prototype[Symbol.iterator]=="function",G=V&&Object.getPrototypeOf([][Symbol.iterator]()),Y=v&&typeof String.prototype[Symbol.iterator]=="function",ae=Y&&Object.getPrototypeOf(""[Symbol.iterator]()),ue=8,fe=-1;function ce(D){var K=typeof D;if(K!=="object")return K;if(D===null)return"null";if(D===t)return"global";if(Array.isArray(D)&&(w===!1||!(Symbol.toStringTag in D)))return"Array";if(typeof window=="object"&&window!==null){if(typeof window.location=="object"&&D===window.location)return"Location";if(typeof window.document=="object"&&D===window.document)return"Document";if(typeof window.navigator=="object"){if(typeof window.navigator.mimeTypes=="object"&&D===window.navigator.mimeTypes)return"MimeTypeArray";if(typeof window.navigator.plugins=="object"&&D===window.navigator.plugins)return"PluginArray"}if((typeof window.HTMLElement=="function"||typeof window.HTMLElement=="object")&&D instanceof window.HTMLElement){if(D.tagName==="BLOCKQUOTE")return"HTMLQuoteElement";if(D.tagName==="TD")return"HTMLTableDataCellElement";if(D.tagName==="TH")return"HTMLTableHeaderCellElement"}}var X=w&&D[Symbol.toStringTag];if(typeof X=="string")return X;var N=Object.getPrototypeOf(D);return N===RegExp.prototype?"RegExp":N===Date.prototype?"Date":n&&N===Promise.prototype?"Promise":e&&N===Set.prototype?"Set":s&&N===Map.prototype?"Map":h&&N===WeakSet.prototype?"WeakSet":f&&N===WeakMap.prototype?"WeakMap":c&&N===DataView.prototype?"DataView":s&&N===R?"Map Iterator":e&&N===Q?"Set Iterator":V&&N===G?"Array Iterator":Y&&N===ae?"String Iterator":N===null?"Object":Object.prototype.toString.call(D).slice(ue,fe)}return ce}))});var Ye=j((Wi,Qe)=>{g();var zr=we(),qe=B(),Fr=te();Qe.exports=function(t,r){var s=qe(t,"message"),e=qe(t,"ssfi");s=s?s+": ":"",t=qe(t,"object"),r=r.map(function(c){return c.toLowerCase()}),r.sort();var f=r.map(function(c,v){var w=~["a","e","i","o","u"].indexOf(c.charAt(0))?"an":"a",O=r.length>1&&v===r.length-1?"or ":"";return O+w+" "+c}).join(", "),h=Fr(t).toLowerCase();if(!r.some(function(c){return h===c}))throw new zr(s+"object tested must be "+f+", but "+h+" given",void 0,e)}});var Me=j((Ri,Xe)=>{g();Xe.exports=function(t,r){return r.length>4?r[4]:t._obj}});var le=j((Ji,He)=>{"use strict";g();var Br=Function.prototype.toString,Vr=/\s*function(?:\s|\s*\/\*[^(?:*\/)]+\*\/\s*)*([^\s\(\/]+)/,Gr=512;function Lr(n){if(typeof n!="function")return null;var t="";if(typeof Function.prototype.name=="undefined"&&typeof n.name=="undefined"){var r=Br.call(n);if(r.indexOf("(")>Gr)return t;var s=r.match(Vr);s&&(t=s[1])}else t=n.name;return t}He.exports=Lr});var tt=j((Zi,et)=>{g();et.exports={inspect:function(n,t){return __courier.lazy("chai-loupe").inspect(n,t)}}});var Z=j((Qi,rt)=>{g();rt.exports={includeStack:!1,showDiff:!0,truncateThreshold:40,useProxy:!0,proxyExcludedKeys:["then","catch","inspect","toJSON"],deepEqual:null}});var pe=j((Hi,de)=>{g();var Xi=le(),Wr=tt(),Pe=Z();de.exports=Ur;function Ur(n,t,r,s){var e={colors:s,depth:typeof r=="undefined"?2:r,showHidden:t,truncate:Pe.truncateThreshold?Pe.truncateThreshold:1/0};return Wr.inspect(n,e)}de.exports=__courier.inspect(de.exports,Pe)});var Ee=j((tn,nt)=>{g();var Rr=pe(),it=Z();nt.exports=function(t){var r=Rr(t),s=Object.prototype.toString.call(t);if(it.truncateThreshold&&r.length>=it.truncateThreshold){if(s==="[object Function]")return!t.name||t.name===""?"[Function]":"[Function: "+t.name+"]";if(s==="[object Array]")return"[ Array("+t.length+") ]";if(s==="[object Object]"){var e=Object.keys(t),f=e.length>2?e.splice(0,2).join(", ")+", ...":e.join(", ");return"{ Object ("+f+") }"}else return r}else return r}});var ot=j((nn,st)=>{g();var Se=B(),Kr=Me(),Te=Ee();st.exports=function(t,r){var s=Se(t,"negate"),e=Se(t,"object"),f=r[3],h=Kr(t,r),c=s?r[2]:r[1],v=Se(t,"message");return typeof c=="function"&&(c=c()),c=c||"",c=c.replace(/#\{this\}/g,function(){return Te(e)}).replace(/#\{act\}/g,function(){return Te(h)}).replace(/#\{exp\}/g,function(){return Te(f)}),v?v+": "+c:c}});var L=j((on,ge)=>{g();ge.exports=function(t,r,s){var e=t.__flags||(t.__flags=Object.create(null));r.__flags||(r.__flags=Object.create(null)),s=arguments.length===3?s:!0;for(var f in e)(s||f!=="object"&&f!=="ssfi"&&f!=="lockSsfi"&&f!="message")&&(r.__flags[f]=e[f])};ge.exports=__courier.transferFlags(ge.exports,function(n,t,r){for(var s in n)(r||s!=="object"&&s!=="ssfi"&&s!=="lockSsfi"&&s!="message")&&(t.__flags[s]=n[s])})});var vt=j((un,De)=>{"use strict";g();var at=te();function gt(){this._key="chai/deep-eql__"+Math.random()+Date.now()}gt.prototype={get:function(t){return t[this._key]},set:function(t,r){Object.isExtensible(t)&&Object.defineProperty(t,this._key,{value:r,configurable:!0})}};var Ae=typeof WeakMap=="function"?WeakMap:gt;function ut(n,t,r){if(!r||ee(n)||ee(t))return null;var s=r.get(n);if(s){var e=s.get(t);if(typeof e=="boolean")return e}return null}function ye(n,t,r,s){if(!(!r||ee(n)||ee(t))){var e=r.get(n);e?e.set(t,s):(e=new Ae,e.set(t,s),r.set(n,e))}}De.exports=be;De.exports.MemoizeMap=Ae;function be(n,t,r){if(r&&r.comparator)return ft(n,t,r);var s=yt(n,t);return s!==null?s:ft(n,t,r)}function yt(n,t){return n===t?n!==0||1/n===1/t:n!==n&&t!==t?!0:ee(n)||ee(t)?!1:null}function ft(n,t,r){r=r||{},r.memoize=r.memoize===!1?!1:r.memoize||new Ae;var s=r&&r.comparator,e=ut(n,t,r.memoize);if(e!==null)return e;var f=ut(t,n,r.memoize);if(f!==null)return f;if(s){var h=s(n,t);if(h===!1||h===!0)return ye(n,t,r.memoize,h),h;var c=yt(n,t);if(c!==null)return c}var v=at(n);if(v!==at(t))return ye(n,t,r.memoize,!1),!1;ye(n,t,r.memoize,!0);var w=Jr(n,t,v,r);return ye(n,t,r.memoize,w),w}function Jr(n,t,r,s){switch(r){case"String":case"Number":case"Boolean":case"Date":return be(n.valueOf(),t.valueOf());case"Promise":case"Symbol":case"function":case"WeakMap":case"WeakSet":return n===t;case"Error":return bt(n,t,["name","message","code"],s);case"Arguments":case"Int8Array":case"Uint8Array":case"Uint8ClampedArray":case"Int16Array":case"Uint16Array":case"Int32Array":case"Uint32Array":case"Float32Array":case"Float64Array":case"Array":return $(n,t,s);case"RegExp":return _r(n,t);case"Generator":return Zr(n,t,s);case"DataView":return $(new Uint8Array(n.buffer),new Uint8Array(t.buffer),s);case"ArrayBuffer":return $(new Uint8Array(n),new Uint8Array(t),s);case"Set":return ct(n,t,s);case"Map":return ct(n,t,s);case"Temporal.PlainDate":case"Temporal.PlainTime":case"Temporal.PlainDateTime":case"Temporal.Instant":case"Temporal.ZonedDateTime":case"Temporal.PlainYearMonth":case"Temporal.PlainMonthDay":return n.equals(t);case"Temporal.Duration":return n.total("nanoseconds")===t.total("nanoseconds");case"Temporal.TimeZone":case"Temporal.Calendar":return n.toString()===t.toString();default:return Qr(n,t,s)}}function _r(n,t){return n.toString()===t.toString()}function ct(n,t,r){try{if(n.size!==t.size)return!1;if(n.size===0)return!0}catch(f){return!1}var s=[],e=[];return n.forEach(function(h,c){s.push([h,c])}),t.forEach(function(h,c){e.push([h,c])}),$(s.sort(),e.sort(),r)}function $(n,t,r){var s=n.length;if(s!==t.length)return!1;if(s===0)return!0;for(var e=-1;++e<s;)if(be(n[e],t[e],r)===!1)return!1;return!0}function Zr(n,t,r){return $(Oe(n),Oe(t),r)}function $r(n){return typeof Symbol!="undefined"&&typeof n=="object"&&typeof Symbol.iterator!="undefined"&&typeof n[Symbol.iterator]=="function"}function ht(n){if($r(n))try{return Oe(n[Symbol.iterator]())}catch(t){return[]}return[]}function Oe(n){for(var t=n.next(),r=[t.value];t.done===!1;)t=n.next(),r.push(t.value);return r}function lt(n){var t=[];for(var r in n)t.push(r);return t}function dt(n){for(var t=[],r=Object.getOwnPropertySymbols(n),s=0;s<r.length;s+=1){var e=r[s];Object.getOwnPropertyDescriptor(n,e).enumerable&&t.push(e)}return t}function bt(n,t,r,s){var e=r.length;if(e===0)return!0;for(var f=0;f<e;f+=1)if(be(n[r[f]],t[r[f]],s)===!1)return!1;return!0}function Qr(n,t,r){var s=lt(n),e=lt(t),f=dt(n),h=dt(t);if(s=s.concat(f),e=e.concat(h),s.length&&s.length===e.length)return $(pt(s).sort(),pt(e).sort())===!1?!1:bt(n,t,s,r);var c=ht(n),v=ht(t);return c.length&&c.length===v.length?(c.sort(),v.sort(),$(c,v,r)):s.length===0&&c.length===0&&e.length===0&&v.length===0}function ee(n){return n===null||typeof n!="object"}function pt(n){return n.map(function(r){return typeof r=="symbol"?r.toString():r})}});var re=j((cn,mt)=>{g();var Yr=Z();mt.exports=function(){return Yr.useProxy&&typeof Proxy!="undefined"&&typeof Reflect!="undefined"}});var qt=j((ln,jt)=>{g();var wt=W(),xt=B(),Xr=re(),Hr=L();jt.exports=function(t,r,s){s=s===void 0?function(){}:s,Object.defineProperty(t,r,{get:__courier.property(function e(){!Xr()&&!xt(this,"lockSsfi")&&xt(this,"ssfi",e);var f=s.call(this);if(f!==void 0)return f;var h=new wt.Assertion;return Hr(this,h),h},s,wt),configurable:!0})}});var ie=j((pn,Mt)=>{g();var ei=Object.getOwnPropertyDescriptor(function(){},"length");Mt.exports=function(t,r,s){return ei.configurable&&Object.defineProperty(t,"length",{get:function(){throw Error(s?"Invalid Chai property: "+r+'.length. Due to a compatibility issue, "length" cannot directly follow "'+r+'". Use "'+r+'.lengthOf" instead.':"Invalid Chai property: "+r+'.length. See docs for proper usage of "'+r+'".')}}),t}});var Et=j((yn,Pt)=>{g();Pt.exports=function(t){var r=Object.getOwnPropertyNames(t);function s(f){r.indexOf(f)===-1&&r.push(f)}for(var e=Object.getPrototypeOf(t);e!==null;)Object.getOwnPropertyNames(e).forEach(s),e=Object.getPrototypeOf(e);return r}});var ne=j((vn,ve)=>{g();var Ot=Z(),St=B(),ti=Et(),ri=re();var Tt=["__flags","__methods","_obj","assert"];ve.exports=function(t,r){return ri()?At(t,r):t};function At(n,t){return new Proxy(n,{get:function r(s,e){if(typeof e=="string"&&Ot.proxyExcludedKeys.indexOf(e)===-1&&!Reflect.has(s,e)){if(t)throw Error("Invalid Chai property: "+t+"."+e+'. See docs for proper usage of "'+t+'".');var f=null,h=4;throw ti(s).forEach(function(c){if(!Object.prototype.hasOwnProperty(c)&&Tt.indexOf(c)===-1){var v=ii(e,c,h);v<h&&(f=c,h=v)}}),Error(f!==null?"Invalid Chai property: "+e+'. Did you mean "'+f+'"?':"Invalid Chai property: "+e)}return Tt.indexOf(e)===-1&&!St(s,"lockSsfi")&&St(s,"ssfi",r),Reflect.get(s,e)}})}ve.exports=__courier.proxify(ve.exports,Ot,At);function ii(n,t,r){if(Math.abs(n.length-t.length)>=r)return r;for(var s=[],e=0;e<=n.length;e++)s[e]=Array(t.length+1).fill(0),s[e][0]=e;for(var f=0;f<t.length;f++)s[0][f]=f;for(var e=1;e<=n.length;e++)for(var h=n.charCodeAt(e-1),f=1;f<=t.length;f++){if(Math.abs(e-f)>=r){s[e][f]=r;continue}s[e][f]=Math.min(s[e-1][f]+1,s[e][f-1]+1,s[e-1][f-1]+(h===t.charCodeAt(f-1)?0:1))}return s[n.length][t.length]}});var Nt=j((wn,It)=>{g();var ni=ie(),Dt=W(),Ct=B(),si=ne(),oi=L();It.exports=function(t,r,s){var e=function(){Ct(this,"lockSsfi")||Ct(this,"ssfi",e);var f=s.apply(this,arguments);if(f!==void 0)return f;var h=new Dt.Assertion;return oi(this,h),h};e=__courier.method(e,s,Dt),ni(e,r,!1),t[r]=si(e,r)}});var zt=j((jn,kt)=>{g();var ai=W(),se=B(),ui=re(),fi=L();kt.exports=function(t,r,s){var e=Object.getOwnPropertyDescriptor(t,r),f=function(){};e&&typeof e.get=="function"&&(f=e.get),Object.defineProperty(t,r,{get:function h(){!ui()&&!se(this,"lockSsfi")&&se(this,"ssfi",h);var c=se(this,"lockSsfi");se(this,"lockSsfi",!0);var v=s(f).call(this);if(se(this,"lockSsfi",c),v!==void 0)return v;var w=new ai.Assertion;return fi(this,w),w},configurable:!0})}});var Bt=j((Mn,Ft)=>{g();var ci=ie(),hi=W(),oe=B(),li=ne(),di=L();Ft.exports=function(t,r,s){var e=t[r],f=function(){throw new Error(r+" is not a function")};e&&typeof e=="function"&&(f=e);var h=function(){oe(this,"lockSsfi")||oe(this,"ssfi",h);var c=oe(this,"lockSsfi");oe(this,"lockSsfi",!0);var v=s(f).apply(this,arguments);if(oe(this,"lockSsfi",c),v!==void 0)return v;var w=new hi.Assertion;return di(this,w),w};ci(h,r,!1),t[r]=li(h,r)}});var Zt=j((En,_t)=>{g();var Vt=ie(),Gt=W(),Lt=B(),pi=ne(),Wt=L();var Ut=typeof Object.setPrototypeOf=="function",Rt=function(){},gi=Object.getOwnPropertyNames(Rt).filter(function(n){var t=Object.getOwnPropertyDescriptor(Rt,n);return typeof t!="object"?!0:!t.configurable}),Kt=Function.prototype.call,Jt=Function.prototype.apply;_t.exports=function(t,r,s,e){typeof e!="function"&&(e=function(){});var f={method:s,chainingBehavior:e};t.__methods||(t.__methods={}),t.__methods[r]=f,Object.defineProperty(t,r,{get:__courier.chainable(function(){f.chainingBehavior.call(this);var c=function(){Lt(this,"lockSsfi")||Lt(this,"ssfi",c);var O=f.method.apply(this,arguments);if(O!==void 0)return O;var I=new Gt.Assertion;return Wt(this,I),I};if(Vt(c,r,!0),Ut){var v=Object.create(this);v.call=Kt,v.apply=Jt,Object.setPrototypeOf(c,v)}else{var w=Object.getOwnPropertyNames(t);w.forEach(function(O){if(gi.indexOf(O)===-1){var I=Object.getOwnPropertyDescriptor(t,O);Object.defineProperty(c,O,I)}})}return Wt(this,c),pi(c)},f,r,Gt,Vt,Kt,Jt,Ut),configurable:!0})}});var Xt=j((Tn,Yt)=>{g();var $t=W(),Qt=L();Yt.exports=function(t,r,s,e){var f=t.__methods[r],h=f.chainingBehavior;f.chainingBehavior=function(){var w=e(h).call(this);if(w!==void 0)return w;var O=new $t.Assertion;return Qt(this,O),O};var c=f.method;f.method=function(){var w=s(c).apply(this,arguments);if(w!==void 0)return w;var O=new $t.Assertion;return Qt(this,O),O}}});var tr=j((An,er)=>{g();var Ht=pe();er.exports=function(t,r){return Ht(t)<Ht(r)?-1:1}});var Ce=j((Cn,rr)=>{g();rr.exports=function(t){return typeof Object.getOwnPropertySymbols!="function"?[]:Object.getOwnPropertySymbols(t).filter(function(r){return Object.getOwnPropertyDescriptor(t,r).enumerable})}});var nr=j((Nn,ir)=>{g();var yi=Ce();ir.exports=function(t){return Object.keys(t).concat(yi(t))}});var or=j((zn,sr)=>{"use strict";g();var Ie=le();function bi(n,t){return t instanceof Error&&n===t}function vi(n,t){return t instanceof Error?n.constructor===t.constructor||n instanceof t.constructor:t.prototype instanceof Error||t===Error?n.constructor===t||n instanceof t:!1}function mi(n,t){var r=typeof n=="string"?n:n.message;return t instanceof RegExp?t.test(r):typeof t=="string"?r.indexOf(t)!==-1:!1}function wi(n){var t=n;if(n instanceof Error)t=Ie(n.constructor);else if(typeof n=="function"&&(t=Ie(n),t==="")){var r=Ie(new n);t=r||t}return t}function xi(n){var t="";return n&&n.message?t=n.message:typeof n=="string"&&(t=n),t}sr.exports={compatibleInstance:bi,compatibleConstructor:vi,compatibleMessage:mi,getMessage:xi,getConstructorName:wi}});var ur=j((Bn,ar)=>{g();function ji(n){return n!==n}ar.exports=Number.isNaN||ji});var hr=j((Gn,cr)=>{g();var qi=te(),fr=B();function Mi(n){var t=qi(n),r=["Array","Object","function"];return r.indexOf(t)!==-1}cr.exports=function(t,r){var s=fr(t,"operator"),e=fr(t,"negate"),f=r[3],h=e?r[2]:r[1];if(s)return s;if(typeof h=="function"&&(h=h()),h=h||"",!!h&&!/\shave\s/.test(h)){var c=Mi(f);return/\snot\s/.test(h)?c?"notDeepStrictEqual":"notStrictEqual":c?"deepStrictEqual":"strictEqual"}}});var dr=j(S=>{g();var lr=_e();S.test=$e();S.type=te();S.expectTypes=Ye();S.getMessage=ot();S.getActual=Me();S.inspect=pe();S.objDisplay=Ee();S.flag=B();S.transferFlags=L();S.eql=vt();S.getPathInfo=lr.getPathInfo;S.hasProperty=lr.hasProperty;S.getName=le();S.addProperty=qt();S.addMethod=Nt();S.overwriteProperty=zt();S.overwriteMethod=Bt();S.addChainableMethod=Zt();S.overwriteChainableMethod=Xt();S.compareByInspect=tr();S.getOwnEnumerablePropertySymbols=Ce();S.getOwnEnumerableProperties=nr();S.checkError=or();S.proxify=ne();S.addLengthGuard=ie();S.isProxyEnabled=re();S.isNaN=ur();S.getOperator=hr()});var gr=j((Rn,pr)=>{g();var U=Z();pr.exports=function(n,t){var r=n.AssertionError,s=t.flag;n.Assertion=e;function e(h,c,v,w){return f?f(this,h,c,v,w):(s(this,"ssfi",v||e),s(this,"lockSsfi",w),s(this,"object",h),s(this,"message",c),s(this,"eql",U.deepEqual||t.eql),t.proxify(this))}var f=__courier.init(e,t,U);Object.defineProperty(e,"includeStack",{get:function(){return console.warn("Assertion.includeStack is deprecated, use chai.config.includeStack instead."),U.includeStack},set:function(h){console.warn("Assertion.includeStack is deprecated, use chai.config.includeStack instead."),U.includeStack=h}}),Object.defineProperty(e,"showDiff",{get:function(){return console.warn("Assertion.showDiff is deprecated, use chai.config.showDiff instead."),U.showDiff},set:function(h){console.warn("Assertion.showDiff is deprecated, use chai.config.showDiff instead."),U.showDiff=h}}),e.addProperty=function(h,c){t.addProperty(this.prototype,h,c)},e.addMethod=function(h,c){t.addMethod(this.prototype,h,c)},e.addChainableMethod=function(h,c,v){t.addChainableMethod(this.prototype,h,c,v)},e.overwriteProperty=function(h,c){t.overwriteProperty(this.prototype,h,c)},e.overwriteMethod=function(h,c){t.overwriteMethod(this.prototype,h,c)},e.overwriteChainableMethod=function(h,c,v){t.overwriteChainableMethod(this.prototype,h,c,v)},e.prototype.assert=function(h,c,v,w,O,I){var Q=t.test(this,arguments);if(I!==!1&&(I=!0),w===void 0&&O===void 0&&(I=!1),U.showDiff!==!0&&(I=!1),!Q){c=t.getMessage(this,arguments);var R=t.getActual(this,arguments),V={actual:R,expected:w,showDiff:I},G=t.getOperator(this,arguments);throw G&&(V.operator=G),new r(c,V,U.includeStack?this.assert:s(this,"ssfi"))}},e.prototype.assert=__courier.assert(e.prototype.assert,t);Object.defineProperty(e.prototype,"_obj",{get:function(){return s(this,"object")},set:function(h){s(this,"object",h)}})}});var br=j((Jn,yr)=>{g();yr.exports=function(n,t){var r=n.Assertion,s=n.AssertionError,e=t.flag;["to","be","been","is","and","has","have","with","that","which","at","of","same","but","does","still","also"].forEach(function(i){r.addProperty(i)}),r.addProperty("not",function(){e(this,"negate",!0)}),r.addProperty("deep",function(){e(this,"deep",!0)}),r.addProperty("nested",function(){e(this,"nested",!0)}),r.addProperty("own",function(){e(this,"own",!0)}),r.addProperty("ordered",function(){e(this,"ordered",!0)}),r.addProperty("any",function(){e(this,"any",!0),e(this,"all",!1)}),r.addProperty("all",function(){e(this,"all",!0),e(this,"any",!1)});function f(i,o){o&&e(this,"message",o),i=i.toLowerCase();var u=e(this,"object"),l=~["a","e","i","o","u"].indexOf(i.charAt(0))?"an ":"a ";this.assert(i===t.type(u).toLowerCase(),"expected #{this} to be "+l+i,"expected #{this} not to be "+l+i)}r.addChainableMethod("an",f),r.addChainableMethod("a",f);function h(i,o){return t.isNaN(i)&&t.isNaN(o)||i===o}function c(){e(this,"contains",!0)}function v(i,o){o&&e(this,"message",o);var u=e(this,"object"),l=t.type(u).toLowerCase(),p=e(this,"message"),y=e(this,"negate"),d=e(this,"ssfi"),a=e(this,"deep"),b=a?"deep ":"",m=a?e(this,"eql"):h;p=p?p+": ":"";var x=!1;switch(l){case"string":x=u.indexOf(i)!==-1;break;case"weakset":if(a)throw new s(p+"unable to use .deep.include with WeakSet",void 0,d);x=u.has(i);break;case"map":u.forEach(function(T){x=x||m(T,i)});break;case"set":a?u.forEach(function(T){x=x||m(T,i)}):x=u.has(i);break;case"array":a?x=u.some(function(T){return m(T,i)}):x=u.indexOf(i)!==-1;break;default:if(i!==Object(i))throw new s(p+"the given combination of arguments ("+l+" and "+t.type(i).toLowerCase()+") is invalid for this assertion. You can use an array, a map, an object, a set, a string, or a weakset instead of a "+t.type(i).toLowerCase(),void 0,d);var A=Object.keys(i),E=null,P=0;if(A.forEach(function(T){var C=new r(u);if(t.transferFlags(this,C,!0),e(C,"lockSsfi",!0),!y||A.length===1){C.property(T,i[T]);return}try{C.property(T,i[T])}catch(k){if(!t.checkError.compatibleConstructor(k,s))throw k;E===null&&(E=k),P++}},this),y&&A.length>1&&P===A.length)throw E;return}this.assert(x,"expected #{this} to "+b+"include "+t.inspect(i),"expected #{this} to not "+b+"include "+t.inspect(i))}r.addChainableMethod("include",v,c),r.addChainableMethod("contain",v,c),r.addChainableMethod("contains",v,c),r.addChainableMethod("includes",v,c),r.addProperty("ok",function(){this.assert(e(this,"object"),"expected #{this} to be truthy","expected #{this} to be falsy")}),r.addProperty("true",function(){this.assert(e(this,"object")===!0,"expected #{this} to be true","expected #{this} to be false",!e(this,"negate"))}),r.addProperty("false",function(){this.assert(e(this,"object")===!1,"expected #{this} to be false","expected #{this} to be true",!!e(this,"negate"))}),r.addProperty("null",function(){this.assert(e(this,"object")===null,"expected #{this} to be null","expected #{this} not to be null")}),r.addProperty("undefined",function(){this.assert(e(this,"object")===void 0,"expected #{this} to be undefined","expected #{this} not to be undefined")}),r.addProperty("NaN",function(){this.assert(t.isNaN(e(this,"object")),"expected #{this} to be NaN","expected #{this} not to be NaN")});function w(){var i=e(this,"object");this.assert(i!=null,"expected #{this} to exist","expected #{this} to not exist")}r.addProperty("exist",w),r.addProperty("exists",w),r.addProperty("empty",function(){var i=e(this,"object"),o=e(this,"ssfi"),u=e(this,"message"),l;switch(u=u?u+": ":"",t.type(i).toLowerCase()){case"array":case"string":l=i.length;break;case"map":case"set":l=i.size;break;case"weakmap":case"weakset":throw new s(u+".empty was passed a weak collection",void 0,o);case"function":var p=u+".empty was passed a function "+t.getName(i);throw new s(p.trim(),void 0,o);default:if(i!==Object(i))throw new s(u+".empty was passed non-string primitive "+t.inspect(i),void 0,o);l=Object.keys(i).length}this.assert(l===0,"expected #{this} to be empty","expected #{this} not to be empty")});function O(){var i=e(this,"object"),o=t.type(i);this.assert(o==="Arguments","expected #{this} to be arguments but got "+o,"expected #{this} to not be arguments")}r.addProperty("arguments",O),r.addProperty("Arguments",O);function I(i,o){o&&e(this,"message",o);var u=e(this,"object");if(e(this,"deep")){var l=e(this,"lockSsfi");e(this,"lockSsfi",!0),this.eql(i),e(this,"lockSsfi",l)}else this.assert(i===u,"expected #{this} to equal #{exp}","expected #{this} to not equal #{exp}",i,this._obj,!0)}r.addMethod("equal",I),r.addMethod("equals",I),r.addMethod("eq",I);function Q(i,o){o&&e(this,"message",o);var u=e(this,"eql");this.assert(u(i,e(this,"object")),"expected #{this} to deeply equal #{exp}","expected #{this} to not deeply equal #{exp}",i,this._obj,!0)}r.addMethod("eql",Q),r.addMethod("eqls",Q);function R(i,o){o&&e(this,"message",o);var u=e(this,"object"),l=e(this,"doLength"),p=e(this,"message"),y=p?p+": ":"",d=e(this,"ssfi"),a=t.type(u).toLowerCase(),b=t.type(i).toLowerCase(),m,x=!0;if(l&&a!=="map"&&a!=="set"&&new r(u,p,d,!0).to.have.property("length"),!l&&a==="date"&&b!=="date")m=y+"the argument to above must be a date";else if(b!=="number"&&(l||a==="number"))m=y+"the argument to above must be a number";else if(!l&&a!=="date"&&a!=="number"){var A=a==="string"?"'"+u+"'":u;m=y+"expected "+A+" to be a number or a date"}else x=!1;if(x)throw new s(m,void 0,d);if(l){var E="length",P;a==="map"||a==="set"?(E="size",P=u.size):P=u.length,this.assert(P>i,"expected #{this} to have a "+E+" above #{exp} but got #{act}","expected #{this} to not have a "+E+" above #{exp}",i,P)}else this.assert(u>i,"expected #{this} to be above #{exp}","expected #{this} to be at most #{exp}",i)}r.addMethod("above",R),r.addMethod("gt",R),r.addMethod("greaterThan",R);function V(i,o){o&&e(this,"message",o);var u=e(this,"object"),l=e(this,"doLength"),p=e(this,"message"),y=p?p+": ":"",d=e(this,"ssfi"),a=t.type(u).toLowerCase(),b=t.type(i).toLowerCase(),m,x=!0;if(l&&a!=="map"&&a!=="set"&&new r(u,p,d,!0).to.have.property("length"),!l&&a==="date"&&b!=="date")m=y+"the argument to least must be a date";else if(b!=="number"&&(l||a==="number"))m=y+"the argument to least must be a number";else if(!l&&a!=="date"&&a!=="number"){var A=a==="string"?"'"+u+"'":u;m=y+"expected "+A+" to be a number or a date"}else x=!1;if(x)throw new s(m,void 0,d);if(l){var E="length",P;a==="map"||a==="set"?(E="size",P=u.size):P=u.length,this.assert(P>=i,"expected #{this} to have a "+E+" at least #{exp} but got #{act}","expected #{this} to have a "+E+" below #{exp}",i,P)}else this.assert(u>=i,"expected #{this} to be at least #{exp}","expected #{this} to be below #{exp}",i)}r.addMethod("least",V),r.addMethod("gte",V),r.addMethod("greaterThanOrEqual",V);function G(i,o){o&&e(this,"message",o);var u=e(this,"object"),l=e(this,"doLength"),p=e(this,"message"),y=p?p+": ":"",d=e(this,"ssfi"),a=t.type(u).toLowerCase(),b=t.type(i).toLowerCase(),m,x=!0;if(l&&a!=="map"&&a!=="set"&&new r(u,p,d,!0).to.have.property("length"),!l&&a==="date"&&b!=="date")m=y+"the argument to below must be a date";else if(b!=="number"&&(l||a==="number"))m=y+"the argument to below must be a number";else if(!l&&a!=="date"&&a!=="number"){var A=a==="string"?"'"+u+"'":u;m=y+"expected "+A+" to be a number or a date"}else x=!1;if(x)throw new s(m,void 0,d);if(l){var E="length",P;a==="map"||a==="set"?(E="size",P=u.size):P=u.length,this.assert(P<i,"expected #{this} to have a "+E+" below #{exp} but got #{act}","expected #{this} to not have a "+E+" below #{exp}",i,P)}else this.assert(u<i,"expected #{this} to be below #{exp}","expected #{this} to be at least #{exp}",i)}r.addMethod("below",G),r.addMethod("lt",G),r.addMethod("lessThan",G);function Y(i,o){o&&e(this,"message",o);var u=e(this,"object"),l=e(this,"doLength"),p=e(this,"message"),y=p?p+": ":"",d=e(this,"ssfi"),a=t.type(u).toLowerCase(),b=t.type(i).toLowerCase(),m,x=!0;if(l&&a!=="map"&&a!=="set"&&new r(u,p,d,!0).to.have.property("length"),!l&&a==="date"&&b!=="date")m=y+"the argument to most must be a date";else if(b!=="number"&&(l||a==="number"))m=y+"the argument to most must be a number";else if(!l&&a!=="date"&&a!=="number"){var A=a==="string"?"'"+u+"'":u;m=y+"expected "+A+" to be a number or a date"}else x=!1;if(x)throw new s(m,void 0,d);if(l){var E="length",P;a==="map"||a==="set"?(E="size",P=u.size):P=u.length,this.assert(P<=i,"expected #{this} to have a "+E+" at most #{exp} but got #{act}","expected #{this} to have a "+E+" above #{exp}",i,P)}else this.assert(u<=i,"expected #{this} to be at most #{exp}","expected #{this} to be above #{exp}",i)}r.addMethod("most",Y),r.addMethod("lte",Y),r.addMethod("lessThanOrEqual",Y),r.addMethod("within",function(i,o,u){u&&e(this,"message",u);var l=e(this,"object"),p=e(this,"doLength"),y=e(this,"message"),d=y?y+": ":"",a=e(this,"ssfi"),b=t.type(l).toLowerCase(),m=t.type(i).toLowerCase(),x=t.type(o).toLowerCase(),A,E=!0,P=m==="date"&&x==="date"?i.toISOString()+".."+o.toISOString():i+".."+o;if(p&&b!=="map"&&b!=="set"&&new r(l,y,a,!0).to.have.property("length"),!p&&b==="date"&&(m!=="date"||x!=="date"))A=d+"the arguments to within must be dates";else if((m!=="number"||x!=="number")&&(p||b==="number"))A=d+"the arguments to within must be numbers";else if(!p&&b!=="date"&&b!=="number"){var T=b==="string"?"'"+l+"'":l;A=d+"expected "+T+" to be a number or a date"}else E=!1;if(E)throw new s(A,void 0,a);if(p){var C="length",k;b==="map"||b==="set"?(C="size",k=l.size):k=l.length,this.assert(k>=i&&k<=o,"expected #{this} to have a "+C+" within "+P,"expected #{this} to not have a "+C+" within "+P)}else this.assert(l>=i&&l<=o,"expected #{this} to be within "+P,"expected #{this} to not be within "+P)});function ae(i,o){o&&e(this,"message",o);var u=e(this,"object"),l=e(this,"ssfi"),p=e(this,"message");try{var y=u instanceof i}catch(a){throw a instanceof TypeError?(p=p?p+": ":"",new s(p+"The instanceof assertion needs a constructor but "+t.type(i)+" was given.",void 0,l)):a}var d=t.getName(i);d===null&&(d="an unnamed constructor"),this.assert(y,"expected #{this} to be an instance of "+d,"expected #{this} to not be an instance of "+d)}r.addMethod("instanceof",ae),r.addMethod("instanceOf",ae);function ue(i,o,u){u&&e(this,"message",u);var l=e(this,"nested"),p=e(this,"own"),y=e(this,"message"),d=e(this,"object"),a=e(this,"ssfi"),b=typeof i;if(y=y?y+": ":"",l){if(b!=="string")throw new s(y+"the argument to property must be a string when using nested syntax",void 0,a)}else if(b!=="string"&&b!=="number"&&b!=="symbol")throw new s(y+"the argument to property must be a string, number, or symbol",void 0,a);if(l&&p)throw new s(y+'The "nested" and "own" flags cannot be combined.',void 0,a);if(d==null)throw new s(y+"Target cannot be null or undefined.",void 0,a);var m=e(this,"deep"),x=e(this,"negate"),A=l?t.getPathInfo(d,i):null,E=l?A.value:d[i],P=m?e(this,"eql"):(k,H)=>k===H,T="";m&&(T+="deep "),p&&(T+="own "),l&&(T+="nested "),T+="property ";var C;p?C=Object.prototype.hasOwnProperty.call(d,i):l?C=A.exists:C=t.hasProperty(d,i),(!x||arguments.length===1)&&this.assert(C,"expected #{this} to have "+T+t.inspect(i),"expected #{this} to not have "+T+t.inspect(i)),arguments.length>1&&this.assert(C&&P(o,E),"expected #{this} to have "+T+t.inspect(i)+" of #{exp}, but got #{act}","expected #{this} to not have "+T+t.inspect(i)+" of #{act}",o,E),e(this,"object",E)}r.addMethod("property",ue);function fe(i,o,u){e(this,"own",!0),ue.apply(this,arguments)}r.addMethod("ownProperty",fe),r.addMethod("haveOwnProperty",fe);function ce(i,o,u){typeof o=="string"&&(u=o,o=null),u&&e(this,"message",u);var l=e(this,"object"),p=Object.getOwnPropertyDescriptor(Object(l),i),y=e(this,"eql");p&&o?this.assert(y(o,p),"expected the own property descriptor for "+t.inspect(i)+" on #{this} to match "+t.inspect(o)+", got "+t.inspect(p),"expected the own property descriptor for "+t.inspect(i)+" on #{this} to not match "+t.inspect(o),o,p,!0):this.assert(p,"expected #{this} to have an own property descriptor for "+t.inspect(i),"expected #{this} to not have an own property descriptor for "+t.inspect(i)),e(this,"object",p)}r.addMethod("ownPropertyDescriptor",ce),r.addMethod("haveOwnPropertyDescriptor",ce);function D(){e(this,"doLength",!0)}function K(i,o){o&&e(this,"message",o);var u=e(this,"object"),l=t.type(u).toLowerCase(),p=e(this,"message"),y=e(this,"ssfi"),d="length",a;switch(l){case"map":case"set":d="size",a=u.size;break;default:new r(u,p,y,!0).to.have.property("length"),a=u.length}this.assert(a==i,"expected #{this} to have a "+d+" of #{exp} but got #{act}","expected #{this} to not have a "+d+" of #{act}",i,a)}r.addChainableMethod("length",K,D),r.addChainableMethod("lengthOf",K,D);function X(i,o){o&&e(this,"message",o);var u=e(this,"object");this.assert(i.exec(u),"expected #{this} to match "+i,"expected #{this} not to match "+i)}r.addMethod("match",X),r.addMethod("matches",X),r.addMethod("string",function(i,o){o&&e(this,"message",o);var u=e(this,"object"),l=e(this,"message"),p=e(this,"ssfi");new r(u,l,p,!0).is.a("string"),this.assert(~u.indexOf(i),"expected #{this} to contain "+t.inspect(i),"expected #{this} to not contain "+t.inspect(i))});function N(i){var o=e(this,"object"),u=t.type(o),l=t.type(i),p=e(this,"ssfi"),y=e(this,"deep"),d,a="",b,m=!0,x=e(this,"message");x=x?x+": ":"";var A=x+"when testing keys against an object or an array you must give a single Array|Object|String argument or multiple String arguments";if(u==="Map"||u==="Set")a=y?"deeply ":"",b=[],o.forEach(function(F,J){b.push(J)}),l!=="Array"&&(i=Array.prototype.slice.call(arguments));else{switch(b=t.getOwnEnumerableProperties(o),l){case"Array":if(arguments.length>1)throw new s(A,void 0,p);break;case"Object":if(arguments.length>1)throw new s(A,void 0,p);i=Object.keys(i);break;default:i=Array.prototype.slice.call(arguments)}i=i.map(function(F){return typeof F=="symbol"?F:String(F)})}if(!i.length)throw new s(x+"keys required",void 0,p);var E=i.length,P=e(this,"any"),T=e(this,"all"),C=i,k=y?e(this,"eql"):(F,J)=>F===J;if(!P&&!T&&(T=!0),P&&(m=C.some(function(F){return b.some(function(J){return k(F,J)})})),T&&(m=C.every(function(F){return b.some(function(J){return k(F,J)})}),e(this,"contains")||(m=m&&i.length==b.length)),E>1){i=i.map(function(F){return t.inspect(F)});var H=i.pop();T&&(d=i.join(", ")+", and "+H),P&&(d=i.join(", ")+", or "+H)}else d=t.inspect(i[0]);d=(E>1?"keys ":"key ")+d,d=(e(this,"contains")?"contain ":"have ")+d,this.assert(m,"expected #{this} to "+a+d,"expected #{this} to not "+a+d,C.slice(0).sort(t.compareByInspect),b.sort(t.compareByInspect),!0)}r.addMethod("keys",N),r.addMethod("key",N);function me(i,o,u){u&&e(this,"message",u);var l=e(this,"object"),p=e(this,"ssfi"),y=e(this,"message"),d=e(this,"negate")||!1;new r(l,y,p,!0).is.a("function"),(i instanceof RegExp||typeof i=="string")&&(o=i,i=null);var a;try{l()}catch(H){a=H}var b=i===void 0&&o===void 0,m=!!(i&&o),x=!1,A=!1;if(b||!b&&!d){var E="an error";i instanceof Error?E="#{exp}":i&&(E=t.checkError.getConstructorName(i)),this.assert(a,"expected #{this} to throw "+E,"expected #{this} to not throw an error but #{act} was thrown",i&&i.toString(),a instanceof Error?a.toString():typeof a=="string"?a:a&&t.checkError.getConstructorName(a))}if(i&&a){if(i instanceof Error){var P=t.checkError.compatibleInstance(a,i);P===d&&(m&&d?x=!0:this.assert(d,"expected #{this} to throw #{exp} but #{act} was thrown","expected #{this} to not throw #{exp}"+(a&&!d?" but #{act} was thrown":""),i.toString(),a.toString()))}var T=t.checkError.compatibleConstructor(a,i);T===d&&(m&&d?x=!0:this.assert(d,"expected #{this} to throw #{exp} but #{act} was thrown","expected #{this} to not throw #{exp}"+(a?" but #{act} was thrown":""),i instanceof Error?i.toString():i&&t.checkError.getConstructorName(i),a instanceof Error?a.toString():a&&t.checkError.getConstructorName(a)))}if(a&&o!==void 0&&o!==null){var C="including";o instanceof RegExp&&(C="matching");var k=t.checkError.compatibleMessage(a,o);k===d&&(m&&d?A=!0:this.assert(d,"expected #{this} to throw error "+C+" #{exp} but got #{act}","expected #{this} to throw error not "+C+" #{exp}",o,t.checkError.getMessage(a)))}x&&A&&this.assert(d,"expected #{this} to throw #{exp} but #{act} was thrown","expected #{this} to not throw #{exp}"+(a?" but #{act} was thrown":""),i instanceof Error?i.toString():i&&t.checkError.getConstructorName(i),a instanceof Error?a.toString():a&&t.checkError.getConstructorName(a)),e(this,"object",a)}r.addMethod("throw",me),r.addMethod("throws",me),r.addMethod("Throw",me);function Ne(i,o){o&&e(this,"message",o);var u=e(this,"object"),l=e(this,"itself"),p=typeof u=="function"&&!l?u.prototype[i]:u[i];this.assert(typeof p=="function","expected #{this} to respond to "+t.inspect(i),"expected #{this} to not respond to "+t.inspect(i))}r.addMethod("respondTo",Ne),r.addMethod("respondsTo",Ne),r.addProperty("itself",function(){e(this,"itself",!0)});function ke(i,o){o&&e(this,"message",o);var u=e(this,"object"),l=i(u);this.assert(l,"expected #{this} to satisfy "+t.objDisplay(i),"expected #{this} to not satisfy"+t.objDisplay(i),!e(this,"negate"),l)}r.addMethod("satisfy",ke),r.addMethod("satisfies",ke);function ze(i,o,u){u&&e(this,"message",u);var l=e(this,"object"),p=e(this,"message"),y=e(this,"ssfi");if(new r(l,p,y,!0).is.a("number"),typeof i!="number"||typeof o!="number"){p=p?p+": ":"";var d=o===void 0?", and a delta is required":"";throw new s(p+"the arguments to closeTo or approximately must be numbers"+d,void 0,y)}this.assert(Math.abs(l-i)<=o,"expected #{this} to be close to "+i+" +/- "+o,"expected #{this} not to be close to "+i+" +/- "+o)}r.addMethod("closeTo",ze),r.addMethod("approximately",ze);function Tr(i,o,u,l,p){if(!l){if(i.length!==o.length)return!1;o=o.slice()}return i.every(function(y,d){if(p)return u?u(y,o[d]):y===o[d];if(!u){var a=o.indexOf(y);return a===-1?!1:(l||o.splice(a,1),!0)}return o.some(function(b,m){return u(y,b)?(l||o.splice(m,1),!0):!1})})}r.addMethod("members",function(i,o){o&&e(this,"message",o);var u=e(this,"object"),l=e(this,"message"),p=e(this,"ssfi");new r(u,l,p,!0).to.be.an("array"),new r(i,l,p,!0).to.be.an("array");var y=e(this,"contains"),d=e(this,"ordered"),a,b,m;y?(a=d?"an ordered superset":"a superset",b="expected #{this} to be "+a+" of #{exp}",m="expected #{this} to not be "+a+" of #{exp}"):(a=d?"ordered members":"members",b="expected #{this} to have the same "+a+" as #{exp}",m="expected #{this} to not have the same "+a+" as #{exp}");var x=e(this,"deep")?e(this,"eql"):void 0;this.assert(Tr(i,u,x,y,d),b,m,i,u,!0)});function Or(i,o){o&&e(this,"message",o);var u=e(this,"object"),l=e(this,"message"),p=e(this,"ssfi"),y=e(this,"contains"),d=e(this,"deep"),a=e(this,"eql");new r(i,l,p,!0).to.be.an("array"),y?this.assert(i.some(function(b){return u.indexOf(b)>-1}),"expected #{this} to contain one of #{exp}","expected #{this} to not contain one of #{exp}",i,u):d?this.assert(i.some(function(b){return a(u,b)}),"expected #{this} to deeply equal one of #{exp}","expected #{this} to deeply equal one of #{exp}",i,u):this.assert(i.indexOf(u)>-1,"expected #{this} to be one of #{exp}","expected #{this} to not be one of #{exp}",i,u)}r.addMethod("oneOf",Or);function Fe(i,o,u){u&&e(this,"message",u);var l=e(this,"object"),p=e(this,"message"),y=e(this,"ssfi");new r(l,p,y,!0).is.a("function");var d;o?(new r(i,p,y,!0).to.have.property(o),d=i[o]):(new r(i,p,y,!0).is.a("function"),d=i()),l();var a=o==null?i():i[o],b=o==null?d:"."+o;e(this,"deltaMsgObj",b),e(this,"initialDeltaValue",d),e(this,"finalDeltaValue",a),e(this,"deltaBehavior","change"),e(this,"realDelta",a!==d),this.assert(d!==a,"expected "+b+" to change","expected "+b+" to not change")}r.addMethod("change",Fe),r.addMethod("changes",Fe);function Be(i,o,u){u&&e(this,"message",u);var l=e(this,"object"),p=e(this,"message"),y=e(this,"ssfi");new r(l,p,y,!0).is.a("function");var d;o?(new r(i,p,y,!0).to.have.property(o),d=i[o]):(new r(i,p,y,!0).is.a("function"),d=i()),new r(d,p,y,!0).is.a("number"),l();var a=o==null?i():i[o],b=o==null?d:"."+o;e(this,"deltaMsgObj",b),e(this,"initialDeltaValue",d),e(this,"finalDeltaValue",a),e(this,"deltaBehavior","increase"),e(this,"realDelta",a-d),this.assert(a-d>0,"expected "+b+" to increase","expected "+b+" to not increase")}r.addMethod("increase",Be),r.addMethod("increases",Be);function Ve(i,o,u){u&&e(this,"message",u);var l=e(this,"object"),p=e(this,"message"),y=e(this,"ssfi");new r(l,p,y,!0).is.a("function");var d;o?(new r(i,p,y,!0).to.have.property(o),d=i[o]):(new r(i,p,y,!0).is.a("function"),d=i()),new r(d,p,y,!0).is.a("number"),l();var a=o==null?i():i[o],b=o==null?d:"."+o;e(this,"deltaMsgObj",b),e(this,"initialDeltaValue",d),e(this,"finalDeltaValue",a),e(this,"deltaBehavior","decrease"),e(this,"realDelta",d-a),this.assert(a-d<0,"expected "+b+" to decrease","expected "+b+" to not decrease")}r.addMethod("decrease",Ve),r.addMethod("decreases",Ve);function Ar(i,o){o&&e(this,"message",o);var u=e(this,"deltaMsgObj"),l=e(this,"initialDeltaValue"),p=e(this,"finalDeltaValue"),y=e(this,"deltaBehavior"),d=e(this,"realDelta"),a;y==="change"?a=Math.abs(p-l)===Math.abs(i):a=d===Math.abs(i),this.assert(a,"expected "+u+" to "+y+" by "+i,"expected "+u+" to not "+y+" by "+i)}r.addMethod("by",Ar),r.addProperty("extensible",function(){var i=e(this,"object"),o=i===Object(i)&&Object.isExtensible(i);this.assert(o,"expected #{this} to be extensible","expected #{this} to not be extensible")}),r.addProperty("sealed",function(){var i=e(this,"object"),o=i===Object(i)?Object.isSealed(i):!0;this.assert(o,"expected #{this} to be sealed","expected #{this} to not be sealed")}),r.addProperty("frozen",function(){var i=e(this,"object"),o=i===Object(i)?Object.isFrozen(i):!0;this.assert(o,"expected #{this} to be frozen","expected #{this} to not be frozen")}),r.addProperty("finite",function(i){var o=e(this,"object");this.assert(typeof o=="number"&&isFinite(o),"expected #{this} to be a finite number","expected #{this} to not be a finite number")})}});var mr=j((Zn,vr)=>{g();vr.exports=function(n,t){n.expect=function(r,s){return new n.Assertion(r,s)},n.expect.fail=function(r,s,e,f){throw arguments.length<2&&(e=r,r=void 0),e=e||"expect.fail()",new n.AssertionError(e,{actual:r,expected:s,operator:f},n.expect.fail)}}});var xr=j((Qn,wr)=>{g();wr.exports=function(n,t){var r=n.Assertion;function s(){function e(){return this instanceof String||this instanceof Number||this instanceof Boolean||typeof Symbol=="function"&&this instanceof Symbol||typeof BigInt=="function"&&this instanceof BigInt?new r(this.valueOf(),null,e):new r(this,null,e)}function f(c){Object.defineProperty(this,"should",{value:c,enumerable:!0,configurable:!0,writable:!0})}Object.defineProperty(Object.prototype,"should",{set:f,get:e,configurable:!0});var h={};return h.fail=function(c,v,w,O){throw arguments.length<2&&(w=c,c=void 0),w=w||"should.fail()",new n.AssertionError(w,{actual:c,expected:v,operator:O},h.fail)},h.equal=function(c,v,w){new r(c,w).to.equal(v)},h.Throw=function(c,v,w,O){new r(c,O).to.Throw(v,w)},h.exist=function(c,v){new r(c,v).to.exist},h.not={},h.not.equal=function(c,v,w){new r(c,w).to.not.equal(v)},h.not.Throw=function(c,v,w,O){new r(c,O).to.not.Throw(v,w)},h.not.exist=function(c,v){new r(c,v).to.not.exist},h.throw=h.Throw,h.not.throw=h.not.Throw,h}n.should=s,n.Should=s}});var qr=j((Xn,jr)=>{g();jr.exports=function(n,t){function r(e){Object.defineProperty(n,"assert",{value:e,writable:!0,enumerable:!0,configurable:!0})}function s(){return __courier.lazy("chai-assert")(n,t),n.assert}Object.defineProperty(n,"assert",{enumerable:!0,configurable:!0,get:s,set:r})}});var W=j(z=>{g();var Mr=[];z.version="4.3.8";z.AssertionError=we();var Pr=dr();z.use=function(n){return~Mr.indexOf(n)||(n(z,Pr),Mr.push(n)),z};z.util=Pr;var Pi=Z();z.config=Pi;var Ei=gr();z.use(Ei);var Si=br();z.use(Si);var Ti=mr();z.use(Ti);var Oi=xr();z.use(Oi);var Ai=qr();z.use(Ai)});var Sr=j((rs,Er)=>{g();Er.exports=W()});g();module.exports=Sr();
/*! Bundled license information:

assertion-error/index.js:
  (*!
   * assertion-error
   * Copyright(c) 2013 Jake Luer <jake@qualiancy.com>
   * MIT Licensed
   *)
  (*!
   * Return a function that will copy properties from
   * one object to another excluding any originally
   * listed. Returned function will create a new `{}`.
   *
   * @param {String} excluded properties ...
   * @return {Function}
   *)
  (*!
   * Primary Exports
   *)
  (*!
   * Inherit from Error.prototype
   *)
  (*!
   * Statically set name
   *)
  (*!
   * Ensure correct constructor
   *)

chai/lib/chai/utils/flag.js:
  (*!
   * Chai - flag utility
   * Copyright(c) 2012-2014 Jake Luer <jake@alogicalparadox.com>
   * MIT Licensed
   *)

chai/lib/chai/utils/test.js:
  (*!
   * Chai - test utility
   * Copyright(c) 2012-2014 Jake Luer <jake@alogicalparadox.com>
   * MIT Licensed
   *)
  (*!
   * Module dependencies
   *)

chai/lib/chai/utils/expectTypes.js:
  (*!
   * Chai - expectTypes utility
   * Copyright(c) 2012-2014 Jake Luer <jake@alogicalparadox.com>
   * MIT Licensed
   *)

chai/lib/chai/utils/getActual.js:
  (*!
   * Chai - getActual utility
   * Copyright(c) 2012-2014 Jake Luer <jake@alogicalparadox.com>
   * MIT Licensed
   *)

chai/lib/chai/utils/objDisplay.js:
  (*!
   * Chai - flag utility
   * Copyright(c) 2012-2014 Jake Luer <jake@alogicalparadox.com>
   * MIT Licensed
   *)
  (*!
   * Module dependencies
   *)

chai/lib/chai/utils/getMessage.js:
  (*!
   * Chai - message composition utility
   * Copyright(c) 2012-2014 Jake Luer <jake@alogicalparadox.com>
   * MIT Licensed
   *)
  (*!
   * Module dependencies
   *)

chai/lib/chai/utils/transferFlags.js:
  (*!
   * Chai - transferFlags utility
   * Copyright(c) 2012-2014 Jake Luer <jake@alogicalparadox.com>
   * MIT Licensed
   *)

deep-eql/index.js:
  (*!
   * deep-eql
   * Copyright(c) 2013 Jake Luer <jake@alogicalparadox.com>
   * MIT Licensed
   *)
  (*!
   * Check to see if the MemoizeMap has recorded a result of the two operands
   *
   * @param {Mixed} leftHandOperand
   * @param {Mixed} rightHandOperand
   * @param {MemoizeMap} memoizeMap
   * @returns {Boolean|null} result
  *)
  (*!
   * Set the result of the equality into the MemoizeMap
   *
   * @param {Mixed} leftHandOperand
   * @param {Mixed} rightHandOperand
   * @param {MemoizeMap} memoizeMap
   * @param {Boolean} result
  *)
  (*!
   * Primary Export
   *)
  (*!
   * The main logic of the `deepEqual` function.
   *
   * @param {Mixed} leftHandOperand
   * @param {Mixed} rightHandOperand
   * @param {Object} [options] (optional) Additional options
   * @param {Array} [options.comparator] (optional) Override default algorithm, determining custom equality.
   * @param {Array} [options.memoize] (optional) Provide a custom memoization object which will cache the results of
      complex objects for a speed boost. By passing `false` you can disable memoization, but this will cause circular
      references to blow the stack.
   * @return {Boolean} equal match
  *)
  (*!
   * Compare two Regular Expressions for equality.
   *
   * @param {RegExp} leftHandOperand
   * @param {RegExp} rightHandOperand
   * @return {Boolean} result
   *)
  (*!
   * Compare two Sets/Maps for equality. Faster than other equality functions.
   *
   * @param {Set} leftHandOperand
   * @param {Set} rightHandOperand
   * @param {Object} [options] (Optional)
   * @return {Boolean} result
   *)
  (*!
   * Simple equality for flat iterable objects such as Arrays, TypedArrays or Node.js buffers.
   *
   * @param {Iterable} leftHandOperand
   * @param {Iterable} rightHandOperand
   * @param {Object} [options] (Optional)
   * @return {Boolean} result
   *)
  (*!
   * Simple equality for generator objects such as those returned by generator functions.
   *
   * @param {Iterable} leftHandOperand
   * @param {Iterable} rightHandOperand
   * @param {Object} [options] (Optional)
   * @return {Boolean} result
   *)
  (*!
   * Determine if the given object has an @@iterator function.
   *
   * @param {Object} target
   * @return {Boolean} `true` if the object has an @@iterator function.
   *)
  (*!
   * Gets all iterator entries from the given Object. If the Object has no @@iterator function, returns an empty array.
   * This will consume the iterator - which could have side effects depending on the @@iterator implementation.
   *
   * @param {Object} target
   * @returns {Array} an array of entries from the @@iterator function
   *)
  (*!
   * Gets all entries from a Generator. This will consume the generator - which could have side effects.
   *
   * @param {Generator} target
   * @returns {Array} an array of entries from the Generator.
   *)
  (*!
   * Gets all own and inherited enumerable keys from a target.
   *
   * @param {Object} target
   * @returns {Array} an array of own and inherited enumerable keys from the target.
   *)
  (*!
   * Determines if two objects have matching values, given a set of keys. Defers to deepEqual for the equality check of
   * each key. If any value of the given key is not equal, the function will return false (early).
   *
   * @param {Mixed} leftHandOperand
   * @param {Mixed} rightHandOperand
   * @param {Array} keys An array of keys to compare the values of leftHandOperand and rightHandOperand against
   * @param {Object} [options] (Optional)
   * @return {Boolean} result
   *)
  (*!
   * Recursively check the equality of two Objects. Once basic sameness has been established it will defer to `deepEqual`
   * for each enumerable key in the object.
   *
   * @param {Mixed} leftHandOperand
   * @param {Mixed} rightHandOperand
   * @param {Object} [options] (Optional)
   * @return {Boolean} result
   *)
  (*!
   * Returns true if the argument is a primitive.
   *
   * This intentionally returns true for all objects that can be compared by reference,
   * including functions and symbols.
   *
   * @param {Mixed} value
   * @return {Boolean} result
   *)

chai/lib/chai/utils/isProxyEnabled.js:
  (*!
   * Chai - isProxyEnabled helper
   * Copyright(c) 2012-2014 Jake Luer <jake@alogicalparadox.com>
   * MIT Licensed
   *)

chai/lib/chai/utils/addProperty.js:
  (*!
   * Chai - addProperty utility
   * Copyright(c) 2012-2014 Jake Luer <jake@alogicalparadox.com>
   * MIT Licensed
   *)

chai/lib/chai/utils/addLengthGuard.js:
  (*!
   * Chai - addLengthGuard utility
   * Copyright(c) 2012-2014 Jake Luer <jake@alogicalparadox.com>
   * MIT Licensed
   *)

chai/lib/chai/utils/getProperties.js:
  (*!
   * Chai - getProperties utility
   * Copyright(c) 2012-2014 Jake Luer <jake@alogicalparadox.com>
   * MIT Licensed
   *)

chai/lib/chai/utils/proxify.js:
  (*!
   * Chai - proxify utility
   * Copyright(c) 2012-2014 Jake Luer <jake@alogicalparadox.com>
   * MIT Licensed
   *)

chai/lib/chai/utils/addMethod.js:
  (*!
   * Chai - addMethod utility
   * Copyright(c) 2012-2014 Jake Luer <jake@alogicalparadox.com>
   * MIT Licensed
   *)

chai/lib/chai/utils/overwriteProperty.js:
  (*!
   * Chai - overwriteProperty utility
   * Copyright(c) 2012-2014 Jake Luer <jake@alogicalparadox.com>
   * MIT Licensed
   *)

chai/lib/chai/utils/overwriteMethod.js:
  (*!
   * Chai - overwriteMethod utility
   * Copyright(c) 2012-2014 Jake Luer <jake@alogicalparadox.com>
   * MIT Licensed
   *)

chai/lib/chai/utils/addChainableMethod.js:
  (*!
   * Chai - addChainingMethod utility
   * Copyright(c) 2012-2014 Jake Luer <jake@alogicalparadox.com>
   * MIT Licensed
   *)
  (*!
   * Module dependencies
   *)
  (*!
   * Module variables
   *)

chai/lib/chai/utils/overwriteChainableMethod.js:
  (*!
   * Chai - overwriteChainableMethod utility
   * Copyright(c) 2012-2014 Jake Luer <jake@alogicalparadox.com>
   * MIT Licensed
   *)

chai/lib/chai/utils/compareByInspect.js:
  (*!
   * Chai - compareByInspect utility
   * Copyright(c) 2011-2016 Jake Luer <jake@alogicalparadox.com>
   * MIT Licensed
   *)
  (*!
   * Module dependencies
   *)

chai/lib/chai/utils/getOwnEnumerablePropertySymbols.js:
  (*!
   * Chai - getOwnEnumerablePropertySymbols utility
   * Copyright(c) 2011-2016 Jake Luer <jake@alogicalparadox.com>
   * MIT Licensed
   *)

chai/lib/chai/utils/getOwnEnumerableProperties.js:
  (*!
   * Chai - getOwnEnumerableProperties utility
   * Copyright(c) 2011-2016 Jake Luer <jake@alogicalparadox.com>
   * MIT Licensed
   *)
  (*!
   * Module dependencies
   *)

chai/lib/chai/utils/isNaN.js:
  (*!
   * Chai - isNaN utility
   * Copyright(c) 2012-2015 Sakthipriyan Vairamani <thechargingvolcano@gmail.com>
   * MIT Licensed
   *)

chai/lib/chai/utils/index.js:
  (*!
   * chai
   * Copyright(c) 2011 Jake Luer <jake@alogicalparadox.com>
   * MIT Licensed
   *)
  (*!
   * Dependencies that are used for multiple exports are required here only once
   *)
  (*!
   * test utility
   *)
  (*!
   * type utility
   *)
  (*!
   * expectTypes utility
   *)
  (*!
   * message utility
   *)
  (*!
   * actual utility
   *)
  (*!
   * Inspect util
   *)
  (*!
   * Object Display util
   *)
  (*!
   * Flag utility
   *)
  (*!
   * Flag transferring utility
   *)
  (*!
   * Deep equal utility
   *)
  (*!
   * Deep path info
   *)
  (*!
   * Check if a property exists
   *)
  (*!
   * Function name
   *)
  (*!
   * add Property
   *)
  (*!
   * add Method
   *)
  (*!
   * overwrite Property
   *)
  (*!
   * overwrite Method
   *)
  (*!
   * Add a chainable method
   *)
  (*!
   * Overwrite chainable method
   *)
  (*!
   * Compare by inspect method
   *)
  (*!
   * Get own enumerable property symbols method
   *)
  (*!
   * Get own enumerable properties method
   *)
  (*!
   * Checks error against a given set of criteria
   *)
  (*!
   * Proxify util
   *)
  (*!
   * addLengthGuard util
   *)
  (*!
   * isProxyEnabled helper
   *)
  (*!
   * isNaN method
   *)
  (*!
   * getOperator method
   *)

chai/lib/chai/assertion.js:
  (*!
   * chai
   * http://chaijs.com
   * Copyright(c) 2011-2014 Jake Luer <jake@alogicalparadox.com>
   * MIT Licensed
   *)
  (*!
   * Module dependencies.
   *)
  (*!
   * Module export.
   *)
  (*!
   * Assertion Constructor
   *
   * Creates object for chaining.
   *
   * `Assertion` objects contain metadata in the form of flags. Three flags can
   * be assigned during instantiation by passing arguments to this constructor:
   *
   * - `object`: This flag contains the target of the assertion. For example, in
   *   the assertion `expect(numKittens).to.equal(7);`, the `object` flag will
   *   contain `numKittens` so that the `equal` assertion can reference it when
   *   needed.
   *
   * - `message`: This flag contains an optional custom error message to be
   *   prepended to the error message that's generated by the assertion when it
   *   fails.
   *
   * - `ssfi`: This flag stands for "start stack function indicator". It
   *   contains a function reference that serves as the starting point for
   *   removing frames from the stack trace of the error that's created by the
   *   assertion when it fails. The goal is to provide a cleaner stack trace to
   *   end users by removing Chai's internal functions. Note that it only works
   *   in environments that support `Error.captureStackTrace`, and only when
   *   `Chai.config.includeStack` hasn't been set to `false`.
   *
   * - `lockSsfi`: This flag controls whether or not the given `ssfi` flag
   *   should retain its current value, even as assertions are chained off of
   *   this object. This is usually set to `true` when creating a new assertion
   *   from within another assertion. It's also temporarily set to `true` before
   *   an overwritten assertion gets called by the overwriting assertion.
   *
   * - `eql`: This flag contains the deepEqual function to be used by the assertion.
   *
   * @param {Mixed} obj target of the assertion
   * @param {String} msg (optional) custom error message
   * @param {Function} ssfi (optional) starting point for removing stack frames
   * @param {Boolean} lockSsfi (optional) whether or not the ssfi flag is locked
   * @api private
   *)
  (*!
   * ### ._obj
   *
   * Quick reference to stored `actual` value for plugin developers.
   *
   * @api private
   *)

chai/lib/chai/core/assertions.js:
  (*!
   * chai
   * http://chaijs.com
   * Copyright(c) 2011-2014 Jake Luer <jake@alogicalparadox.com>
   * MIT Licensed
   *)

chai/lib/chai/interface/expect.js:
chai/lib/chai/interface/should.js:
  (*!
   * chai
   * Copyright(c) 2011-2014 Jake Luer <jake@alogicalparadox.com>
   * MIT Licensed
   *)

chai/lib/chai.js:
  (*!
   * chai
   * Copyright(c) 2011-2014 Jake Luer <jake@alogicalparadox.com>
   * MIT Licensed
   *)
  (*!
   * Chai version
   *)
  (*!
   * Assertion Error
   *)
  (*!
   * Utils for plugins (not exported)
   *)
  (*!
   * Utility Functions
   *)
  (*!
   * Configuration
   *)
  (*!
   * Primary `Assertion` prototype
   *)
  (*!
   * Core Assertions
   *)
  (*!
   * Expect interface
   *)
  (*!
   * Should interface
   *)
  (*!
   * Assert interface
   *)
*/

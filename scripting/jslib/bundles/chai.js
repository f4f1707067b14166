var Br=Object.create;var jt=Object.defineProperty;var Fr=Object.getOwnPropertyDescriptor;var Vr=Object.getOwnPropertyNames;var _r=Object.getPrototypeOf,Kr=Object.prototype.hasOwnProperty;var Lr=(s,o,t)=>()=>{if(t)throw t[0];try{return s&&(o=s(s=0)),o}catch(c){throw t=[c],c}};var j=(s,o)=>()=>{try{return o||s((o={exports:{}}).exports,o),o.exports}catch(t){throw o=0,t}};var Wr=(s,o,t,c)=>{if(o&&typeof o=="object"||typeof o=="function")for(let e of Vr(o))!Kr.call(s,e)&&e!==t&&jt(s,e,{get:()=>o[e],enumerable:!(c=Fr(o,e))||c.enumerable});return s};var Rr=(s,o,t)=>(t=s!=null?Br(_r(s)):{},Wr(o||!s||!s.__esModule?jt(t,"default",{value:s,enumerable:!0}):t,s));var Ct=j((Jo,kt)=>{v();var W=kt.exports={},ne,re;function at(){throw new Error("setTimeout has not been defined")}function ut(){throw new Error("clearTimeout has not been defined")}(function(){try{typeof setTimeout=="function"?ne=setTimeout:ne=at}catch(s){ne=at}try{typeof clearTimeout=="function"?re=clearTimeout:re=ut}catch(s){re=ut}})();function Tt(s){if(ne===setTimeout)return setTimeout(s,0);if((ne===at||!ne)&&setTimeout)return ne=setTimeout,setTimeout(s,0);try{return ne(s,0)}catch(o){try{return ne.call(null,s,0)}catch(t){return ne.call(this,s,0)}}}function Ur(s){if(re===clearTimeout)return clearTimeout(s);if((re===ut||!re)&&clearTimeout)return re=clearTimeout,clearTimeout(s);try{return re(s)}catch(o){try{return re.call(null,s)}catch(t){return re.call(this,s)}}}var ie=[],Pe=!1,pe,Ue=-1;function Gr(){!Pe||!pe||(Pe=!1,pe.length?ie=pe.concat(ie):Ue=-1,ie.length&&Dt())}function Dt(){if(!Pe){var s=Tt(Gr);Pe=!0;for(var o=ie.length;o;){for(pe=ie,ie=[];++Ue<o;)pe&&pe[Ue].run();Ue=-1,o=ie.length}pe=null,Pe=!1,Ur(s)}}W.nextTick=function(s){var o=new Array(arguments.length-1);if(arguments.length>1)for(var t=1;t<arguments.length;t++)o[t-1]=arguments[t];ie.push(new It(s,o)),ie.length===1&&!Pe&&Tt(Dt)};function It(s,o){this.fun=s,this.array=o}It.prototype.run=function(){this.fun.apply(null,this.array)};W.title="browser";W.browser=!0;W.env={};W.argv=[];W.version="";W.versions={};function se(){}W.on=se;W.addListener=se;W.once=se;W.off=se;W.removeListener=se;W.removeAllListeners=se;W.emit=se;W.prependListener=se;W.prependOnceListener=se;W.listeners=function(s){return[]};W.binding=function(s){throw new Error("process.binding is not supported")};W.cwd=function(){return"/"};W.chdir=function(s){throw new Error("process.chdir is not supported")};W.umask=function(){return 0}});var zt,ct,O,A,v=Lr(()=>{zt=Rr(Ct()),O={get Buffer(){if(ct===void 0){var s=globalThis.Buffer;ct=typeof s=="function"&&typeof s.isBuffer=="function"&&typeof s.from=="function"?s:require("buffer").Buffer}return ct}},A=zt.default});var ft=j((Yo,Ft)=>{v();function Bt(){var s=[].slice.call(arguments);function o(t,c){Object.keys(c).forEach(function(e){~s.indexOf(e)||(t[e]=c[e])})}return function(){for(var c=[].slice.call(arguments),e=0,r={};e<c.length;e++)o(r,c[e]);return r}}Ft.exports=ye;function ye(s,o,t){var c=Bt("name","message","stack","constructor","toJSON"),e=c(o||{});this.message=s||"Unspecified AssertionError",this.showDiff=!1;for(var r in e)this[r]=e[r];if(t=t||ye,Error.captureStackTrace)Error.captureStackTrace(this,t);else try{throw new Error}catch(n){this.stack=n.stack}}ye.prototype=Object.create(Error.prototype);ye.prototype.name="AssertionError";ye.prototype.constructor=ye;ye.prototype.toJSON=function(s){var o=Bt("constructor","toJSON","stack"),t=o({name:this.name},this);return s!==!1&&this.stack&&(t.stack=this.stack),t}});var Rt=j((Ho,Wt)=>{"use strict";v();function _t(s,o){return typeof s=="undefined"||s===null?!1:o in Object(s)}function Kt(s){var o=s.replace(/([^\\])\[/g,"$1.["),t=o.match(/(\\\.|[^.]+?)+/g);return t.map(function(e){if(e==="constructor"||e==="__proto__"||e==="prototype")return{};var r=/^\[(\d+)\]$/,n=r.exec(e),i=null;return n?i={i:parseFloat(n[1])}:i={p:e.replace(/\\([.[\]])/g,"$1")},i})}function Vt(s,o,t){var c=s,e=null;t=typeof t=="undefined"?o.length:t;for(var r=0;r<t;r++){var n=o[r];c&&(typeof n.p=="undefined"?c=c[n.i]:c=c[n.p],r===t-1&&(e=c))}return e}function $r(s,o,t){for(var c=s,e=t.length,r=null,n=0;n<e;n++){var i=null,l=null;if(r=t[n],n===e-1)i=typeof r.p=="undefined"?r.i:r.p,c[i]=o;else if(typeof r.p!="undefined"&&c[r.p])c=c[r.p];else if(typeof r.i!="undefined"&&c[r.i])c=c[r.i];else{var w=t[n+1];i=typeof r.p=="undefined"?r.i:r.p,l=typeof w.p=="undefined"?[]:{},c[i]=l,c=c[i]}}}function Lt(s,o){var t=Kt(o),c=t[t.length-1],e={parent:t.length>1?Vt(s,t,t.length-1):s,name:c.p||c.i,value:Vt(s,t)};return e.exists=_t(e.parent,e.name),e}function Jr(s,o){var t=Lt(s,o);return t.value}function Zr(s,o,t){var c=Kt(o);return $r(s,t,c),s}Wt.exports={hasProperty:_t,getPathInfo:Lt,getPathValue:Jr,setPathValue:Zr}});var H=j((ti,Ge)=>{v();Ge.exports=function(o,t,c){var e=o.__flags||(o.__flags=Object.create(null));if(arguments.length===3)e[t]=c;else return e[t]};Ge.exports=__courier.flag(Ge.exports,function(s,o,t){s[o]=t},function(s){return new s})});var Gt=j((ri,Ut)=>{v();var Qr=H();Ut.exports=function(o,t){var c=Qr(o,"negate"),e=t[0];return c?!e:e}});var De=j((lt,ht)=>{v();(function(s,o){typeof lt=="object"&&typeof ht!="undefined"?ht.exports=o():typeof define=="function"&&define.amd?define(o):(s=typeof globalThis!="undefined"?globalThis:s||self,s.typeDetect=o())})(lt,(function(){"use strict";var s=typeof Promise=="function",o=(function(K){if(typeof globalThis=="object")return globalThis;Object.defineProperty(K,"typeDetectGlobalObject",{get:function(){return this},configurable:!0});var ee=typeDetectGlobalObject;return delete K.typeDetectGlobalObject,ee})(Object.prototype),t=typeof Symbol!="undefined",c=typeof Map!="undefined",e=typeof Set!="undefined",r=typeof WeakMap!="undefined",n=typeof WeakSet!="undefined",i=typeof DataView!="undefined",l=t&&typeof Symbol.iterator!="undefined",w=t&&typeof Symbol.toStringTag!="undefined",E=e&&typeof Set.prototype.entries=="function",R=c&&typeof Map.prototype.entries=="function",ae=E&&Object.getPrototypeOf(new Set().entries()),G=R&&Object.getPrototypeOf(new Map().entries()),L=l&&typeof Array.prototype[Symbol.iterator]=="function",te=L&&Object.getPrototypeOf([][Symbol.iterator]()),Y=l&&typeof String.prototype[Symbol.iterator]=="function",me=Y&&Object.getPrototypeOf(""[Symbol.iterator]()),ve=8,we=-1;function xe(K){var ee=typeof K;if(ee!=="object")return ee;if(K===null)return"null";if(K===o)return"global";if(Array.isArray(K)&&(w===!1||!(Symbol.toStringTag in K)))return"Array";if(typeof window=="object"&&window!==null){if(typeof window.location=="object"&&K===window.location)return"Location";if(typeof window.document=="object"&&K===window.document)return"Document";if(typeof window.navigator=="object"){if(typeof window.navigator.mimeTypes=="object"&&K===window.navigator.mimeTypes)return"MimeTypeArray";if(typeof window.navigator.plugins=="object"&&K===window.navigator.plugins)return"PluginArray"}if((typeof window.HTMLElement=="function"||typeof window.HTMLElement=="object")&&K instanceof window.HTMLElement){if(K.tagName==="BLOCKQUOTE")return"HTMLQuoteElement";if(K.tagName==="TD")return"HTMLTableDataCellElement";if(K.tagName==="TH")return"HTMLTableHeaderCellElement"}}var ue=w&&K[Symbol.toStringTag];if(typeof ue=="string")return ue;var F=Object.getPrototypeOf(K);return F===RegExp.prototype?"RegExp":F===Date.prototype?"Date":s&&F===Promise.prototype?"Promise":e&&F===Set.prototype?"Set":c&&F===Map.prototype?"Map":n&&F===WeakSet.prototype?"WeakSet":r&&F===WeakMap.prototype?"WeakMap":i&&F===DataView.prototype?"DataView":c&&F===G?"Map Iterator":e&&F===ae?"Set Iterator":L&&F===te?"Array Iterator":Y&&F===me?"String Iterator":F===null?"Object":Object.prototype.toString.call(K).slice(ve,we)}return xe}))});var Jt=j((si,$t)=>{v();var Yr=ft(),dt=H(),Xr=De();$t.exports=function(o,t){var c=dt(o,"message"),e=dt(o,"ssfi");c=c?c+": ":"",o=dt(o,"object"),t=t.map(function(i){return i.toLowerCase()}),t.sort();var r=t.map(function(i,l){var w=~["a","e","i","o","u"].indexOf(i.charAt(0))?"an":"a",E=t.length>1&&l===t.length-1?"or ":"";return E+w+" "+i}).join(", "),n=Xr(o).toLowerCase();if(!t.some(function(i){return n===i}))throw new Yr(c+"object tested must be "+r+", but "+n+" given",void 0,e)}});var pt=j((ui,Zt)=>{v();Zt.exports=function(o,t){return t.length>4?t[4]:o._obj}});var $e=j((fi,Qt)=>{"use strict";v();var Hr=Function.prototype.toString,eo=/\s*function(?:\s|\s*\/\*[^(?:*\/)]+\*\/\s*)*([^\s\(\/]+)/,to=512;function no(s){if(typeof s!="function")return null;var o="";if(typeof Function.prototype.name=="undefined"&&typeof s.name=="undefined"){var t=Hr.call(s);if(t.indexOf("(")>to)return o;var c=t.match(eo);c&&(o=c[1])}else o=s.name;return o}Qt.exports=no});var Yt=j(()=>{v()});var Ht=j((Je,Xt)=>{v();(function(s,o){typeof Je=="object"&&typeof Xt!="undefined"?o(Je):typeof define=="function"&&define.amd?define(["exports"],o):(s=typeof globalThis!="undefined"?globalThis:s||self,o(s.loupe={}))})(Je,(function(s){"use strict";function o(u){"@babel/helpers - typeof";return typeof Symbol=="function"&&typeof Symbol.iterator=="symbol"?o=function(f){return typeof f}:o=function(f){return f&&typeof Symbol=="function"&&f.constructor===Symbol&&f!==Symbol.prototype?"symbol":typeof f},o(u)}function t(u,f){return c(u)||e(u,f)||r(u,f)||i()}function c(u){if(Array.isArray(u))return u}function e(u,f){if(!(typeof Symbol=="undefined"||!(Symbol.iterator in Object(u)))){var y=[],S=!0,P=!1,T=void 0;try{for(var C=u[Symbol.iterator](),_;!(S=(_=C.next()).done)&&(y.push(_.value),!(f&&y.length===f));S=!0);}catch(J){P=!0,T=J}finally{try{!S&&C.return!=null&&C.return()}finally{if(P)throw T}}return y}}function r(u,f){if(u){if(typeof u=="string")return n(u,f);var y=Object.prototype.toString.call(u).slice(8,-1);if(y==="Object"&&u.constructor&&(y=u.constructor.name),y==="Map"||y==="Set")return Array.from(u);if(y==="Arguments"||/^(?:Ui|I)nt(?:8|16|32)(?:Clamped)?Array$/.test(y))return n(u,f)}}function n(u,f){(f==null||f>u.length)&&(f=u.length);for(var y=0,S=new Array(f);y<f;y++)S[y]=u[y];return S}function i(){throw new TypeError(`Invalid attempt to destructure non-iterable instance.
In order to be iterable, non-array objects must have a [Symbol.iterator]() method.`)}var l={bold:["1","22"],dim:["2","22"],italic:["3","23"],underline:["4","24"],inverse:["7","27"],hidden:["8","28"],strike:["9","29"],black:["30","39"],red:["31","39"],green:["32","39"],yellow:["33","39"],blue:["34","39"],magenta:["35","39"],cyan:["36","39"],white:["37","39"],brightblack:["30;1","39"],brightred:["31;1","39"],brightgreen:["32;1","39"],brightyellow:["33;1","39"],brightblue:["34;1","39"],brightmagenta:["35;1","39"],brightcyan:["36;1","39"],brightwhite:["37;1","39"],grey:["90","39"]},w={special:"cyan",number:"yellow",bigint:"yellow",boolean:"yellow",undefined:"grey",null:"bold",string:"green",symbol:"green",date:"magenta",regexp:"red"},E="\u2026";function R(u,f){var y=l[w[f]]||l[f];return y?"\x1B[".concat(y[0],"m").concat(String(u),"\x1B[").concat(y[1],"m"):String(u)}function ae(){var u=arguments.length>0&&arguments[0]!==void 0?arguments[0]:{},f=u.showHidden,y=f===void 0?!1:f,S=u.depth,P=S===void 0?2:S,T=u.colors,C=T===void 0?!1:T,_=u.customInspect,J=_===void 0?!0:_,$=u.showProxy,X=$===void 0?!1:$,de=u.maxArrayLength,it=de===void 0?1/0:de,je=u.breakLength,Me=je===void 0?1/0:je,Te=u.seen,kr=Te===void 0?[]:Te,Nt=u.truncate,Cr=Nt===void 0?1/0:Nt,At=u.stylize,zr=At===void 0?String:At,st={showHidden:!!y,depth:Number(P),colors:!!C,customInspect:!!J,showProxy:!!X,maxArrayLength:Number(it),breakLength:Number(Me),truncate:Number(Cr),seen:kr,stylize:zr};return st.colors&&(st.stylize=R),st}function G(u,f){var y=arguments.length>2&&arguments[2]!==void 0?arguments[2]:E;u=String(u);var S=y.length,P=u.length;return S>f&&P>S?y:P>f&&P>S?"".concat(u.slice(0,f-S)).concat(y):u}function L(u,f,y){var S=arguments.length>3&&arguments[3]!==void 0?arguments[3]:", ";y=y||f.inspect;var P=u.length;if(P===0)return"";for(var T=f.truncate,C="",_="",J="",$=0;$<P;$+=1){var X=$+1===u.length,de=$+2===u.length;J="".concat(E,"(").concat(u.length-$,")");var it=u[$];f.truncate=T-C.length-(X?0:S.length);var je=_||y(it,f)+(X?"":S),Me=C.length+je.length,Te=Me+J.length;if(X&&Me>T&&C.length+J.length<=T||!X&&!de&&Te>T||(_=X?"":y(u[$+1],f)+(de?"":S),!X&&de&&Te>T&&Me+_.length>T))break;if(C+=je,!X&&!de&&Me+_.length>=T){J="".concat(E,"(").concat(u.length-$-1,")");break}J=""}return"".concat(C).concat(J)}function te(u){return u.match(/^[a-zA-Z_][a-zA-Z_0-9]*$/)?u:JSON.stringify(u).replace(/'/g,"\\'").replace(/\\"/g,'"').replace(/(^"|"$)/g,"'")}function Y(u,f){var y=t(u,2),S=y[0],P=y[1];return f.truncate-=2,typeof S=="string"?S=te(S):typeof S!="number"&&(S="[".concat(f.inspect(S,f),"]")),f.truncate-=S.length,P=f.inspect(P,f),"".concat(S,": ").concat(P)}function me(u,f){var y=Object.keys(u).slice(u.length);if(!u.length&&!y.length)return"[]";f.truncate-=4;var S=L(u,f);f.truncate-=S.length;var P="";return y.length&&(P=L(y.map(function(T){return[T,u[T]]}),f,Y)),"[ ".concat(S).concat(P?", ".concat(P):""," ]")}var ve=Function.prototype.toString,we=/\s*function(?:\s|\s*\/\*[^(?:*\/)]+\*\/\s*)*([^\s\(\/]+)/,xe=512;function K(u){if(typeof u!="function")return null;var f="";if(typeof Function.prototype.name=="undefined"&&typeof u.name=="undefined"){var y=ve.call(u);if(y.indexOf("(")>xe)return f;var S=y.match(we);S&&(f=S[1])}else f=u.name;return f}var ee=K,ue=function(f){return typeof O.Buffer=="function"&&f instanceof O.Buffer?"Buffer":f[Symbol.toStringTag]?f[Symbol.toStringTag]:ee(f.constructor)};function F(u,f){var y=ue(u);f.truncate-=y.length+4;var S=Object.keys(u).slice(u.length);if(!u.length&&!S.length)return"".concat(y,"[]");for(var P="",T=0;T<u.length;T++){var C="".concat(f.stylize(G(u[T],f.truncate),"number")).concat(T===u.length-1?"":", ");if(f.truncate-=C.length,u[T]!==u.length&&f.truncate<=3){P+="".concat(E,"(").concat(u.length-u[T]+1,")");break}P+=C}var _="";return S.length&&(_=L(S.map(function(J){return[J,u[J]]}),f,Y)),"".concat(y,"[ ").concat(P).concat(_?", ".concat(_):""," ]")}function qe(u,f){var y=u.toJSON();if(y===null)return"Invalid Date";var S=y.split("T"),P=S[0];return f.stylize("".concat(P,"T").concat(G(S[1],f.truncate-P.length-1)),"date")}function Oe(u,f){var y=ee(u);return y?f.stylize("[Function ".concat(G(y,f.truncate-11),"]"),"special"):f.stylize("[Function]","special")}function Fe(u,f){var y=t(u,2),S=y[0],P=y[1];return f.truncate-=4,S=f.inspect(S,f),f.truncate-=S.length,P=f.inspect(P,f),"".concat(S," => ").concat(P)}function Ve(u){var f=[];return u.forEach(function(y,S){f.push([S,y])}),f}function tt(u,f){var y=u.size-1;return y<=0?"Map{}":(f.truncate-=7,"Map{ ".concat(L(Ve(u),f,Fe)," }"))}var nt=Number.isNaN||function(u){return u!==u};function Ne(u,f){return nt(u)?f.stylize("NaN","number"):u===1/0?f.stylize("Infinity","number"):u===-1/0?f.stylize("-Infinity","number"):u===0?f.stylize(1/u===1/0?"+0":"-0","number"):f.stylize(G(u,f.truncate),"number")}function Ae(u,f){var y=G(u.toString(),f.truncate-1);return y!==E&&(y+="n"),f.stylize(y,"bigint")}function _e(u,f){var y=u.toString().split("/")[2],S=f.truncate-(2+y.length),P=u.source;return f.stylize("/".concat(G(P,S),"/").concat(y),"regexp")}function rt(u){var f=[];return u.forEach(function(y){f.push(y)}),f}function a(u,f){return u.size===0?"Set{}":(f.truncate-=7,"Set{ ".concat(L(rt(u),f)," }"))}var h=new RegExp("['\\u0000-\\u001f\\u007f-\\u009f\\u00ad\\u0600-\\u0604\\u070f\\u17b4\\u17b5\\u200c-\\u200f\\u2028-\\u202f\\u2060-\\u206f\\ufeff\\ufff0-\\uffff]","g"),p={"\b":"\\b","	":"\\t","\n":"\\n","\f":"\\f","\r":"\\r","'":"\\'","\\":"\\\\"},g=16,m=4;function x(u){return p[u]||"\\u".concat("0000".concat(u.charCodeAt(0).toString(g)).slice(-m))}function b(u,f){return h.test(u)&&(u=u.replace(h,x)),f.stylize("'".concat(G(u,f.truncate-2),"'"),"string")}function d(u){return"description"in Symbol.prototype?u.description?"Symbol(".concat(u.description,")"):"Symbol()":u.toString()}var M=function(){return"Promise{\u2026}"};try{var q=A.binding("util"),N=q.getPromiseDetails,B=q.kPending,I=q.kRejected;Array.isArray(N(Promise.resolve()))&&(M=function(f,y){var S=N(f),P=t(S,2),T=P[0],C=P[1];return T===B?"Promise{<pending>}":"Promise".concat(T===I?"!":"","{").concat(y.inspect(C,y),"}")})}catch(u){}var D=M;function k(u,f){var y=Object.getOwnPropertyNames(u),S=Object.getOwnPropertySymbols?Object.getOwnPropertySymbols(u):[];if(y.length===0&&S.length===0)return"{}";if(f.truncate-=4,f.seen=f.seen||[],f.seen.indexOf(u)>=0)return"[Circular]";f.seen.push(u);var P=L(y.map(function(_){return[_,u[_]]}),f,Y),T=L(S.map(function(_){return[_,u[_]]}),f,Y);f.seen.pop();var C="";return P&&T&&(C=", "),"{ ".concat(P).concat(C).concat(T," }")}var V=typeof Symbol!="undefined"&&Symbol.toStringTag?Symbol.toStringTag:!1;function U(u,f){var y="";return V&&V in u&&(y=u[V]),y=y||ee(u.constructor),(!y||y==="_class")&&(y="<Anonymous Class>"),f.truncate-=y.length,"".concat(y).concat(k(u,f))}function ce(u,f){return u.length===0?"Arguments[]":(f.truncate-=13,"Arguments[ ".concat(L(u,f)," ]"))}var Z=["stack","line","column","name","message","fileName","lineNumber","columnNumber","number","description"];function oe(u,f){var y=Object.getOwnPropertyNames(u).filter(function(C){return Z.indexOf(C)===-1}),S=u.name;f.truncate-=S.length;var P="";typeof u.message=="string"?P=G(u.message,f.truncate):y.unshift("message"),P=P?": ".concat(P):"",f.truncate-=P.length+5;var T=L(y.map(function(C){return[C,u[C]]}),f,Y);return"".concat(S).concat(P).concat(T?" { ".concat(T," }"):"")}function Or(u,f){var y=t(u,2),S=y[0],P=y[1];return f.truncate-=3,P?"".concat(f.stylize(S,"yellow"),"=").concat(f.stylize('"'.concat(P,'"'),"string")):"".concat(f.stylize(S,"yellow"))}function ot(u,f){return L(u,f,Pt,`
`)}function Pt(u,f){var y=u.getAttributeNames(),S=u.tagName.toLowerCase(),P=f.stylize("<".concat(S),"special"),T=f.stylize(">","special"),C=f.stylize("</".concat(S,">"),"special");f.truncate-=S.length*2+5;var _="";y.length>0&&(_+=" ",_+=L(y.map(function(X){return[X,u.getAttribute(X)]}),f,Or," ")),f.truncate-=_.length;var J=f.truncate,$=ot(u.children,f);return $&&$.length>J&&($="".concat(E,"(").concat(u.children.length,")")),"".concat(P).concat(_).concat(T).concat($).concat(C)}var Nr=typeof Symbol=="function"&&typeof Symbol.for=="function",Ke=Nr?Symbol.for("chai/inspect"):"@@chai/inspect",Se=!1;try{var Et=Yt();Se=Et.inspect?Et.inspect.custom:!1}catch(u){Se=!1}function qt(){this.key="chai/loupe__"+Math.random()+Date.now()}qt.prototype={get:function(f){return f[this.key]},has:function(f){return this.key in f},set:function(f,y){Object.isExtensible(f)&&Object.defineProperty(f,this.key,{value:y,configurable:!0})}};var Le=new(typeof WeakMap=="function"?WeakMap:qt),We={},Ot={undefined:function(f,y){return y.stylize("undefined","undefined")},null:function(f,y){return y.stylize(null,"null")},boolean:function(f,y){return y.stylize(f,"boolean")},Boolean:function(f,y){return y.stylize(f,"boolean")},number:Ne,Number:Ne,bigint:Ae,BigInt:Ae,string:b,String:b,function:Oe,Function:Oe,symbol:d,Symbol:d,Array:me,Date:qe,Map:tt,Set:a,RegExp:_e,Promise:D,WeakSet:function(f,y){return y.stylize("WeakSet{\u2026}","special")},WeakMap:function(f,y){return y.stylize("WeakMap{\u2026}","special")},Arguments:ce,Int8Array:F,Uint8Array:F,Uint8ClampedArray:F,Int16Array:F,Uint16Array:F,Int32Array:F,Uint32Array:F,Float32Array:F,Float64Array:F,Generator:function(){return""},DataView:function(){return""},ArrayBuffer:function(){return""},Error:oe,HTMLCollection:ot,NodeList:ot},Ar=function(f,y,S){return Ke in f&&typeof f[Ke]=="function"?f[Ke](y):Se&&Se in f&&typeof f[Se]=="function"?f[Se](y.depth,y):"inspect"in f&&typeof f.inspect=="function"?f.inspect(y.depth,y):"constructor"in f&&Le.has(f.constructor)?Le.get(f.constructor)(f,y):We[S]?We[S](f,y):""},jr=Object.prototype.toString;function Re(u,f){f=ae(f),f.inspect=Re;var y=f,S=y.customInspect,P=u===null?"null":o(u);if(P==="object"&&(P=jr.call(u).slice(8,-1)),Ot[P])return Ot[P](u,f);if(S&&u){var T=Ar(u,f,P);if(T)return typeof T=="string"?T:Re(T,f)}var C=u?Object.getPrototypeOf(u):!1;return C===Object.prototype||C===null?k(u,f):u&&typeof HTMLElement=="function"&&u instanceof HTMLElement?Pt(u,f):"constructor"in u?u.constructor!==Object?U(u,f):k(u,f):u===Object(u)?k(u,f):f.stylize(String(u),P)}function Tr(u,f){return Le.has(u)?!1:(Le.set(u,f),!0)}function Dr(u,f){return u in We?!1:(We[u]=f,!0)}var Ir=Ke;s.custom=Ir,s.default=Re,s.inspect=Re,s.registerConstructor=Tr,s.registerStringTag=Dr,Object.defineProperty(s,"__esModule",{value:!0})}))});var ge=j((gi,en)=>{v();en.exports={includeStack:!1,showDiff:!0,truncateThreshold:40,useProxy:!0,proxyExcludedKeys:["then","catch","inspect","toJSON"],deepEqual:null}});var Qe=j((vi,Ze)=>{v();var mi=$e(),ro=Ht(),yt=ge();Ze.exports=oo;function oo(s,o,t,c){var e={colors:c,depth:typeof t=="undefined"?2:t,showHidden:o,truncate:yt.truncateThreshold?yt.truncateThreshold:1/0};return ro.inspect(s,e)}Ze.exports=__courier.inspect(Ze.exports,yt)});var gt=j((xi,nn)=>{v();var io=Qe(),tn=ge();nn.exports=function(o){var t=io(o),c=Object.prototype.toString.call(o);if(tn.truncateThreshold&&t.length>=tn.truncateThreshold){if(c==="[object Function]")return!o.name||o.name===""?"[Function]":"[Function: "+o.name+"]";if(c==="[object Array]")return"[ Array("+o.length+") ]";if(c==="[object Object]"){var e=Object.keys(o),r=e.length>2?e.splice(0,2).join(", ")+", ...":e.join(", ");return"{ Object ("+r+") }"}else return t}else return t}});var on=j((Mi,rn)=>{v();var bt=H(),so=pt(),mt=gt();rn.exports=function(o,t){var c=bt(o,"negate"),e=bt(o,"object"),r=t[3],n=so(o,t),i=c?t[2]:t[1],l=bt(o,"message");return typeof i=="function"&&(i=i()),i=i||"",i=i.replace(/#\{this\}/g,function(){return mt(e)}).replace(/#\{act\}/g,function(){return mt(n)}).replace(/#\{exp\}/g,function(){return mt(r)}),l?l+": "+i:i}});var fe=j((Ei,Ye)=>{v();Ye.exports=function(o,t,c){var e=o.__flags||(o.__flags=Object.create(null));t.__flags||(t.__flags=Object.create(null)),c=arguments.length===3?c:!0;for(var r in e)(c||r!=="object"&&r!=="ssfi"&&r!=="lockSsfi"&&r!="message")&&(t.__flags[r]=e[r])};Ye.exports=__courier.transferFlags(Ye.exports,function(s,o,t){for(var c in s)(t||c!=="object"&&c!=="ssfi"&&c!=="lockSsfi"&&c!="message")&&(o.__flags[c]=s[c])})});var bn=j((Oi,xt)=>{"use strict";v();var sn=De();function pn(){this._key="chai/deep-eql__"+Math.random()+Date.now()}pn.prototype={get:function(o){return o[this._key]},set:function(o,t){Object.isExtensible(o)&&Object.defineProperty(o,this._key,{value:t,configurable:!0})}};var wt=typeof WeakMap=="function"?WeakMap:pn;function an(s,o,t){if(!t||Ee(s)||Ee(o))return null;var c=t.get(s);if(c){var e=c.get(o);if(typeof e=="boolean")return e}return null}function Xe(s,o,t,c){if(!(!t||Ee(s)||Ee(o))){var e=t.get(s);e?e.set(o,c):(e=new wt,e.set(o,c),t.set(s,e))}}xt.exports=He;xt.exports.MemoizeMap=wt;function He(s,o,t){if(t&&t.comparator)return un(s,o,t);var c=yn(s,o);return c!==null?c:un(s,o,t)}function yn(s,o){return s===o?s!==0||1/s===1/o:s!==s&&o!==o?!0:Ee(s)||Ee(o)?!1:null}function un(s,o,t){t=t||{},t.memoize=t.memoize===!1?!1:t.memoize||new wt;var c=t&&t.comparator,e=an(s,o,t.memoize);if(e!==null)return e;var r=an(o,s,t.memoize);if(r!==null)return r;if(c){var n=c(s,o);if(n===!1||n===!0)return Xe(s,o,t.memoize,n),n;var i=yn(s,o);if(i!==null)return i}var l=sn(s);if(l!==sn(o))return Xe(s,o,t.memoize,!1),!1;Xe(s,o,t.memoize,!0);var w=ao(s,o,l,t);return Xe(s,o,t.memoize,w),w}function ao(s,o,t,c){switch(t){case"String":case"Number":case"Boolean":case"Date":return He(s.valueOf(),o.valueOf());case"Promise":case"Symbol":case"function":case"WeakMap":case"WeakSet":return s===o;case"Error":return gn(s,o,["name","message","code"],c);case"Arguments":case"Int8Array":case"Uint8Array":case"Uint8ClampedArray":case"Int16Array":case"Uint16Array":case"Int32Array":case"Uint32Array":case"Float32Array":case"Float64Array":case"Array":return be(s,o,c);case"RegExp":return uo(s,o);case"Generator":return co(s,o,c);case"DataView":return be(new Uint8Array(s.buffer),new Uint8Array(o.buffer),c);case"ArrayBuffer":return be(new Uint8Array(s),new Uint8Array(o),c);case"Set":return cn(s,o,c);case"Map":return cn(s,o,c);case"Temporal.PlainDate":case"Temporal.PlainTime":case"Temporal.PlainDateTime":case"Temporal.Instant":case"Temporal.ZonedDateTime":case"Temporal.PlainYearMonth":case"Temporal.PlainMonthDay":return s.equals(o);case"Temporal.Duration":return s.total("nanoseconds")===o.total("nanoseconds");case"Temporal.TimeZone":case"Temporal.Calendar":return s.toString()===o.toString();default:return lo(s,o,c)}}function uo(s,o){return s.toString()===o.toString()}function cn(s,o,t){try{if(s.size!==o.size)return!1;if(s.size===0)return!0}catch(r){return!1}var c=[],e=[];return s.forEach(function(n,i){c.push([n,i])}),o.forEach(function(n,i){e.push([n,i])}),be(c.sort(),e.sort(),t)}function be(s,o,t){var c=s.length;if(c!==o.length)return!1;if(c===0)return!0;for(var e=-1;++e<c;)if(He(s[e],o[e],t)===!1)return!1;return!0}function co(s,o,t){return be(vt(s),vt(o),t)}function fo(s){return typeof Symbol!="undefined"&&typeof s=="object"&&typeof Symbol.iterator!="undefined"&&typeof s[Symbol.iterator]=="function"}function fn(s){if(fo(s))try{return vt(s[Symbol.iterator]())}catch(o){return[]}return[]}function vt(s){for(var o=s.next(),t=[o.value];o.done===!1;)o=s.next(),t.push(o.value);return t}function ln(s){var o=[];for(var t in s)o.push(t);return o}function hn(s){for(var o=[],t=Object.getOwnPropertySymbols(s),c=0;c<t.length;c+=1){var e=t[c];Object.getOwnPropertyDescriptor(s,e).enumerable&&o.push(e)}return o}function gn(s,o,t,c){var e=t.length;if(e===0)return!0;for(var r=0;r<e;r+=1)if(He(s[t[r]],o[t[r]],c)===!1)return!1;return!0}function lo(s,o,t){var c=ln(s),e=ln(o),r=hn(s),n=hn(o);if(c=c.concat(r),e=e.concat(n),c.length&&c.length===e.length)return be(dn(c).sort(),dn(e).sort())===!1?!1:gn(s,o,c,t);var i=fn(s),l=fn(o);return i.length&&i.length===l.length?(i.sort(),l.sort(),be(i,l,t)):c.length===0&&i.length===0&&e.length===0&&l.length===0}function Ee(s){return s===null||typeof s!="object"}function dn(s){return s.map(function(t){return typeof t=="symbol"?t.toString():t})}});var Ie=j((Ai,mn)=>{v();var ho=ge();mn.exports=function(){return ho.useProxy&&typeof Proxy!="undefined"&&typeof Reflect!="undefined"}});var Sn=j((Ti,xn)=>{v();var vn=le(),wn=H(),po=Ie(),yo=fe();xn.exports=function(o,t,c){c=c===void 0?function(){}:c,Object.defineProperty(o,t,{get:__courier.property(function e(){!po()&&!wn(this,"lockSsfi")&&wn(this,"ssfi",e);var r=c.call(this);if(r!==void 0)return r;var n=new vn.Assertion;return yo(this,n),n},c,vn),configurable:!0})}});var ke=j((Ii,Mn)=>{v();var go=Object.getOwnPropertyDescriptor(function(){},"length");Mn.exports=function(o,t,c){return go.configurable&&Object.defineProperty(o,"length",{get:function(){throw Error(c?"Invalid Chai property: "+t+'.length. Due to a compatibility issue, "length" cannot directly follow "'+t+'". Use "'+t+'.lengthOf" instead.':"Invalid Chai property: "+t+'.length. See docs for proper usage of "'+t+'".')}}),o}});var En=j((Ci,Pn)=>{v();Pn.exports=function(o){var t=Object.getOwnPropertyNames(o);function c(r){t.indexOf(r)===-1&&t.push(r)}for(var e=Object.getPrototypeOf(o);e!==null;)Object.getOwnPropertyNames(e).forEach(c),e=Object.getPrototypeOf(e);return t}});var Ce=j((Bi,et)=>{v();var Nn=ge(),qn=H(),bo=En(),mo=Ie();var On=["__flags","__methods","_obj","assert"];et.exports=function(o,t){return mo()?An(o,t):o};function An(s,o){return new Proxy(s,{get:function t(c,e){if(typeof e=="string"&&Nn.proxyExcludedKeys.indexOf(e)===-1&&!Reflect.has(c,e)){if(o)throw Error("Invalid Chai property: "+o+"."+e+'. See docs for proper usage of "'+o+'".');var r=null,n=4;throw bo(c).forEach(function(i){if(!Object.prototype.hasOwnProperty(i)&&On.indexOf(i)===-1){var l=vo(e,i,n);l<n&&(r=i,n=l)}}),Error(r!==null?"Invalid Chai property: "+e+'. Did you mean "'+r+'"?':"Invalid Chai property: "+e)}return On.indexOf(e)===-1&&!qn(c,"lockSsfi")&&qn(c,"ssfi",t),Reflect.get(c,e)}})}et.exports=__courier.proxify(et.exports,Nn,An);function vo(s,o,t){if(Math.abs(s.length-o.length)>=t)return t;for(var c=[],e=0;e<=s.length;e++)c[e]=Array(o.length+1).fill(0),c[e][0]=e;for(var r=0;r<o.length;r++)c[0][r]=r;for(var e=1;e<=s.length;e++)for(var n=s.charCodeAt(e-1),r=1;r<=o.length;r++){if(Math.abs(e-r)>=t){c[e][r]=t;continue}c[e][r]=Math.min(c[e-1][r]+1,c[e][r-1]+1,c[e-1][r-1]+(n===o.charCodeAt(r-1)?0:1))}return c[s.length][o.length]}});var In=j((Vi,Dn)=>{v();var wo=ke(),jn=le(),Tn=H(),xo=Ce(),So=fe();Dn.exports=function(o,t,c){var e=function(){Tn(this,"lockSsfi")||Tn(this,"ssfi",e);var r=c.apply(this,arguments);if(r!==void 0)return r;var n=new jn.Assertion;return So(this,n),n};e=__courier.method(e,c,jn),wo(e,t,!1),o[t]=xo(e,t)}});var Cn=j((Ki,kn)=>{v();var Mo=le(),ze=H(),Po=Ie(),Eo=fe();kn.exports=function(o,t,c){var e=Object.getOwnPropertyDescriptor(o,t),r=function(){};e&&typeof e.get=="function"&&(r=e.get),Object.defineProperty(o,t,{get:function n(){!Po()&&!ze(this,"lockSsfi")&&ze(this,"ssfi",n);var i=ze(this,"lockSsfi");ze(this,"lockSsfi",!0);var l=c(r).call(this);if(ze(this,"lockSsfi",i),l!==void 0)return l;var w=new Mo.Assertion;return Eo(this,w),w},configurable:!0})}});var Bn=j((Wi,zn)=>{v();var qo=ke(),Oo=le(),Be=H(),No=Ce(),Ao=fe();zn.exports=function(o,t,c){var e=o[t],r=function(){throw new Error(t+" is not a function")};e&&typeof e=="function"&&(r=e);var n=function(){Be(this,"lockSsfi")||Be(this,"ssfi",n);var i=Be(this,"lockSsfi");Be(this,"lockSsfi",!0);var l=c(r).apply(this,arguments);if(Be(this,"lockSsfi",i),l!==void 0)return l;var w=new Oo.Assertion;return Ao(this,w),w};qo(n,t,!1),o[t]=No(n,t)}});var $n=j((Ui,Gn)=>{v();var Fn=ke(),Vn=le(),_n=H(),jo=Ce(),Kn=fe();var Ln=typeof Object.setPrototypeOf=="function",Wn=function(){},To=Object.getOwnPropertyNames(Wn).filter(function(s){var o=Object.getOwnPropertyDescriptor(Wn,s);return typeof o!="object"?!0:!o.configurable}),Rn=Function.prototype.call,Un=Function.prototype.apply;Gn.exports=function(o,t,c,e){typeof e!="function"&&(e=function(){});var r={method:c,chainingBehavior:e};o.__methods||(o.__methods={}),o.__methods[t]=r,Object.defineProperty(o,t,{get:__courier.chainable(function(){r.chainingBehavior.call(this);var i=function(){_n(this,"lockSsfi")||_n(this,"ssfi",i);var E=r.method.apply(this,arguments);if(E!==void 0)return E;var R=new Vn.Assertion;return Kn(this,R),R};if(Fn(i,t,!0),Ln){var l=Object.create(this);l.call=Rn,l.apply=Un,Object.setPrototypeOf(i,l)}else{var w=Object.getOwnPropertyNames(o);w.forEach(function(E){if(To.indexOf(E)===-1){var R=Object.getOwnPropertyDescriptor(o,E);Object.defineProperty(i,E,R)}})}return Kn(this,i),jo(i)},r,t,Vn,Fn,Rn,Un,Ln),configurable:!0})}});var Yn=j(($i,Qn)=>{v();var Jn=le(),Zn=fe();Qn.exports=function(o,t,c,e){var r=o.__methods[t],n=r.chainingBehavior;r.chainingBehavior=function(){var w=e(n).call(this);if(w!==void 0)return w;var E=new Jn.Assertion;return Zn(this,E),E};var i=r.method;r.method=function(){var w=c(i).apply(this,arguments);if(w!==void 0)return w;var E=new Jn.Assertion;return Zn(this,E),E}}});var er=j((Zi,Hn)=>{v();var Xn=Qe();Hn.exports=function(o,t){return Xn(o)<Xn(t)?-1:1}});var St=j((Yi,tr)=>{v();tr.exports=function(o){return typeof Object.getOwnPropertySymbols!="function"?[]:Object.getOwnPropertySymbols(o).filter(function(t){return Object.getOwnPropertyDescriptor(o,t).enumerable})}});var rr=j((Hi,nr)=>{v();var Do=St();nr.exports=function(o){return Object.keys(o).concat(Do(o))}});var ir=j((ts,or)=>{"use strict";v();var Mt=$e();function Io(s,o){return o instanceof Error&&s===o}function ko(s,o){return o instanceof Error?s.constructor===o.constructor||s instanceof o.constructor:o.prototype instanceof Error||o===Error?s.constructor===o||s instanceof o:!1}function Co(s,o){var t=typeof s=="string"?s:s.message;return o instanceof RegExp?o.test(t):typeof o=="string"?t.indexOf(o)!==-1:!1}function zo(s){var o=s;if(s instanceof Error)o=Mt(s.constructor);else if(typeof s=="function"&&(o=Mt(s),o==="")){var t=Mt(new s);o=t||o}return o}function Bo(s){var o="";return s&&s.message?o=s.message:typeof s=="string"&&(o=s),o}or.exports={compatibleInstance:Io,compatibleConstructor:ko,compatibleMessage:Co,getMessage:Bo,getConstructorName:zo}});var ar=j((rs,sr)=>{v();function Fo(s){return s!==s}sr.exports=Number.isNaN||Fo});var fr=j((is,cr)=>{v();var Vo=De(),ur=H();function _o(s){var o=Vo(s),t=["Array","Object","function"];return t.indexOf(o)!==-1}cr.exports=function(o,t){var c=ur(o,"operator"),e=ur(o,"negate"),r=t[3],n=e?t[2]:t[1];if(c)return c;if(typeof n=="function"&&(n=n()),n=n||"",!!n&&!/\shave\s/.test(n)){var i=_o(r);return/\snot\s/.test(n)?i?"notDeepStrictEqual":"notStrictEqual":i?"deepStrictEqual":"strictEqual"}}});var hr=j(z=>{v();var lr=Rt();z.test=Gt();z.type=De();z.expectTypes=Jt();z.getMessage=on();z.getActual=pt();z.inspect=Qe();z.objDisplay=gt();z.flag=H();z.transferFlags=fe();z.eql=bn();z.getPathInfo=lr.getPathInfo;z.hasProperty=lr.hasProperty;z.getName=$e();z.addProperty=Sn();z.addMethod=In();z.overwriteProperty=Cn();z.overwriteMethod=Bn();z.addChainableMethod=$n();z.overwriteChainableMethod=Yn();z.compareByInspect=er();z.getOwnEnumerablePropertySymbols=St();z.getOwnEnumerableProperties=rr();z.checkError=ir();z.proxify=Ce();z.addLengthGuard=ke();z.isProxyEnabled=Ie();z.isNaN=ar();z.getOperator=fr()});var pr=j((cs,dr)=>{v();var he=ge();dr.exports=function(s,o){var t=s.AssertionError,c=o.flag;s.Assertion=e;function e(n,i,l,w){return r?r(this,n,i,l,w):(c(this,"ssfi",l||e),c(this,"lockSsfi",w),c(this,"object",n),c(this,"message",i),c(this,"eql",he.deepEqual||o.eql),o.proxify(this))}var r=__courier.init(e,o,he);Object.defineProperty(e,"includeStack",{get:function(){return console.warn("Assertion.includeStack is deprecated, use chai.config.includeStack instead."),he.includeStack},set:function(n){console.warn("Assertion.includeStack is deprecated, use chai.config.includeStack instead."),he.includeStack=n}}),Object.defineProperty(e,"showDiff",{get:function(){return console.warn("Assertion.showDiff is deprecated, use chai.config.showDiff instead."),he.showDiff},set:function(n){console.warn("Assertion.showDiff is deprecated, use chai.config.showDiff instead."),he.showDiff=n}}),e.addProperty=function(n,i){o.addProperty(this.prototype,n,i)},e.addMethod=function(n,i){o.addMethod(this.prototype,n,i)},e.addChainableMethod=function(n,i,l){o.addChainableMethod(this.prototype,n,i,l)},e.overwriteProperty=function(n,i){o.overwriteProperty(this.prototype,n,i)},e.overwriteMethod=function(n,i){o.overwriteMethod(this.prototype,n,i)},e.overwriteChainableMethod=function(n,i,l){o.overwriteChainableMethod(this.prototype,n,i,l)},e.prototype.assert=function(n,i,l,w,E,R){var ae=o.test(this,arguments);if(R!==!1&&(R=!0),w===void 0&&E===void 0&&(R=!1),he.showDiff!==!0&&(R=!1),!ae){i=o.getMessage(this,arguments);var G=o.getActual(this,arguments),L={actual:G,expected:w,showDiff:R},te=o.getOperator(this,arguments);throw te&&(L.operator=te),new t(i,L,he.includeStack?this.assert:c(this,"ssfi"))}},e.prototype.assert=__courier.assert(e.prototype.assert,o);Object.defineProperty(e.prototype,"_obj",{get:function(){return c(this,"object")},set:function(n){c(this,"object",n)}})}});var gr=j((ls,yr)=>{v();yr.exports=function(s,o){var t=s.Assertion,c=s.AssertionError,e=o.flag;["to","be","been","is","and","has","have","with","that","which","at","of","same","but","does","still","also"].forEach(function(a){t.addProperty(a)}),t.addProperty("not",function(){e(this,"negate",!0)}),t.addProperty("deep",function(){e(this,"deep",!0)}),t.addProperty("nested",function(){e(this,"nested",!0)}),t.addProperty("own",function(){e(this,"own",!0)}),t.addProperty("ordered",function(){e(this,"ordered",!0)}),t.addProperty("any",function(){e(this,"any",!0),e(this,"all",!1)}),t.addProperty("all",function(){e(this,"all",!0),e(this,"any",!1)});function r(a,h){h&&e(this,"message",h),a=a.toLowerCase();var p=e(this,"object"),g=~["a","e","i","o","u"].indexOf(a.charAt(0))?"an ":"a ";this.assert(a===o.type(p).toLowerCase(),"expected #{this} to be "+g+a,"expected #{this} not to be "+g+a)}t.addChainableMethod("an",r),t.addChainableMethod("a",r);function n(a,h){return o.isNaN(a)&&o.isNaN(h)||a===h}function i(){e(this,"contains",!0)}function l(a,h){h&&e(this,"message",h);var p=e(this,"object"),g=o.type(p).toLowerCase(),m=e(this,"message"),x=e(this,"negate"),b=e(this,"ssfi"),d=e(this,"deep"),M=d?"deep ":"",q=d?e(this,"eql"):n;m=m?m+": ":"";var N=!1;switch(g){case"string":N=p.indexOf(a)!==-1;break;case"weakset":if(d)throw new c(m+"unable to use .deep.include with WeakSet",void 0,b);N=p.has(a);break;case"map":p.forEach(function(k){N=N||q(k,a)});break;case"set":d?p.forEach(function(k){N=N||q(k,a)}):N=p.has(a);break;case"array":d?N=p.some(function(k){return q(k,a)}):N=p.indexOf(a)!==-1;break;default:if(a!==Object(a))throw new c(m+"the given combination of arguments ("+g+" and "+o.type(a).toLowerCase()+") is invalid for this assertion. You can use an array, a map, an object, a set, a string, or a weakset instead of a "+o.type(a).toLowerCase(),void 0,b);var B=Object.keys(a),I=null,D=0;if(B.forEach(function(k){var V=new t(p);if(o.transferFlags(this,V,!0),e(V,"lockSsfi",!0),!x||B.length===1){V.property(k,a[k]);return}try{V.property(k,a[k])}catch(U){if(!o.checkError.compatibleConstructor(U,c))throw U;I===null&&(I=U),D++}},this),x&&B.length>1&&D===B.length)throw I;return}this.assert(N,"expected #{this} to "+M+"include "+o.inspect(a),"expected #{this} to not "+M+"include "+o.inspect(a))}t.addChainableMethod("include",l,i),t.addChainableMethod("contain",l,i),t.addChainableMethod("contains",l,i),t.addChainableMethod("includes",l,i),t.addProperty("ok",function(){this.assert(e(this,"object"),"expected #{this} to be truthy","expected #{this} to be falsy")}),t.addProperty("true",function(){this.assert(e(this,"object")===!0,"expected #{this} to be true","expected #{this} to be false",!e(this,"negate"))}),t.addProperty("false",function(){this.assert(e(this,"object")===!1,"expected #{this} to be false","expected #{this} to be true",!!e(this,"negate"))}),t.addProperty("null",function(){this.assert(e(this,"object")===null,"expected #{this} to be null","expected #{this} not to be null")}),t.addProperty("undefined",function(){this.assert(e(this,"object")===void 0,"expected #{this} to be undefined","expected #{this} not to be undefined")}),t.addProperty("NaN",function(){this.assert(o.isNaN(e(this,"object")),"expected #{this} to be NaN","expected #{this} not to be NaN")});function w(){var a=e(this,"object");this.assert(a!=null,"expected #{this} to exist","expected #{this} to not exist")}t.addProperty("exist",w),t.addProperty("exists",w),t.addProperty("empty",function(){var a=e(this,"object"),h=e(this,"ssfi"),p=e(this,"message"),g;switch(p=p?p+": ":"",o.type(a).toLowerCase()){case"array":case"string":g=a.length;break;case"map":case"set":g=a.size;break;case"weakmap":case"weakset":throw new c(p+".empty was passed a weak collection",void 0,h);case"function":var m=p+".empty was passed a function "+o.getName(a);throw new c(m.trim(),void 0,h);default:if(a!==Object(a))throw new c(p+".empty was passed non-string primitive "+o.inspect(a),void 0,h);g=Object.keys(a).length}this.assert(g===0,"expected #{this} to be empty","expected #{this} not to be empty")});function E(){var a=e(this,"object"),h=o.type(a);this.assert(h==="Arguments","expected #{this} to be arguments but got "+h,"expected #{this} to not be arguments")}t.addProperty("arguments",E),t.addProperty("Arguments",E);function R(a,h){h&&e(this,"message",h);var p=e(this,"object");if(e(this,"deep")){var g=e(this,"lockSsfi");e(this,"lockSsfi",!0),this.eql(a),e(this,"lockSsfi",g)}else this.assert(a===p,"expected #{this} to equal #{exp}","expected #{this} to not equal #{exp}",a,this._obj,!0)}t.addMethod("equal",R),t.addMethod("equals",R),t.addMethod("eq",R);function ae(a,h){h&&e(this,"message",h);var p=e(this,"eql");this.assert(p(a,e(this,"object")),"expected #{this} to deeply equal #{exp}","expected #{this} to not deeply equal #{exp}",a,this._obj,!0)}t.addMethod("eql",ae),t.addMethod("eqls",ae);function G(a,h){h&&e(this,"message",h);var p=e(this,"object"),g=e(this,"doLength"),m=e(this,"message"),x=m?m+": ":"",b=e(this,"ssfi"),d=o.type(p).toLowerCase(),M=o.type(a).toLowerCase(),q,N=!0;if(g&&d!=="map"&&d!=="set"&&new t(p,m,b,!0).to.have.property("length"),!g&&d==="date"&&M!=="date")q=x+"the argument to above must be a date";else if(M!=="number"&&(g||d==="number"))q=x+"the argument to above must be a number";else if(!g&&d!=="date"&&d!=="number"){var B=d==="string"?"'"+p+"'":p;q=x+"expected "+B+" to be a number or a date"}else N=!1;if(N)throw new c(q,void 0,b);if(g){var I="length",D;d==="map"||d==="set"?(I="size",D=p.size):D=p.length,this.assert(D>a,"expected #{this} to have a "+I+" above #{exp} but got #{act}","expected #{this} to not have a "+I+" above #{exp}",a,D)}else this.assert(p>a,"expected #{this} to be above #{exp}","expected #{this} to be at most #{exp}",a)}t.addMethod("above",G),t.addMethod("gt",G),t.addMethod("greaterThan",G);function L(a,h){h&&e(this,"message",h);var p=e(this,"object"),g=e(this,"doLength"),m=e(this,"message"),x=m?m+": ":"",b=e(this,"ssfi"),d=o.type(p).toLowerCase(),M=o.type(a).toLowerCase(),q,N=!0;if(g&&d!=="map"&&d!=="set"&&new t(p,m,b,!0).to.have.property("length"),!g&&d==="date"&&M!=="date")q=x+"the argument to least must be a date";else if(M!=="number"&&(g||d==="number"))q=x+"the argument to least must be a number";else if(!g&&d!=="date"&&d!=="number"){var B=d==="string"?"'"+p+"'":p;q=x+"expected "+B+" to be a number or a date"}else N=!1;if(N)throw new c(q,void 0,b);if(g){var I="length",D;d==="map"||d==="set"?(I="size",D=p.size):D=p.length,this.assert(D>=a,"expected #{this} to have a "+I+" at least #{exp} but got #{act}","expected #{this} to have a "+I+" below #{exp}",a,D)}else this.assert(p>=a,"expected #{this} to be at least #{exp}","expected #{this} to be below #{exp}",a)}t.addMethod("least",L),t.addMethod("gte",L),t.addMethod("greaterThanOrEqual",L);function te(a,h){h&&e(this,"message",h);var p=e(this,"object"),g=e(this,"doLength"),m=e(this,"message"),x=m?m+": ":"",b=e(this,"ssfi"),d=o.type(p).toLowerCase(),M=o.type(a).toLowerCase(),q,N=!0;if(g&&d!=="map"&&d!=="set"&&new t(p,m,b,!0).to.have.property("length"),!g&&d==="date"&&M!=="date")q=x+"the argument to below must be a date";else if(M!=="number"&&(g||d==="number"))q=x+"the argument to below must be a number";else if(!g&&d!=="date"&&d!=="number"){var B=d==="string"?"'"+p+"'":p;q=x+"expected "+B+" to be a number or a date"}else N=!1;if(N)throw new c(q,void 0,b);if(g){var I="length",D;d==="map"||d==="set"?(I="size",D=p.size):D=p.length,this.assert(D<a,"expected #{this} to have a "+I+" below #{exp} but got #{act}","expected #{this} to not have a "+I+" below #{exp}",a,D)}else this.assert(p<a,"expected #{this} to be below #{exp}","expected #{this} to be at least #{exp}",a)}t.addMethod("below",te),t.addMethod("lt",te),t.addMethod("lessThan",te);function Y(a,h){h&&e(this,"message",h);var p=e(this,"object"),g=e(this,"doLength"),m=e(this,"message"),x=m?m+": ":"",b=e(this,"ssfi"),d=o.type(p).toLowerCase(),M=o.type(a).toLowerCase(),q,N=!0;if(g&&d!=="map"&&d!=="set"&&new t(p,m,b,!0).to.have.property("length"),!g&&d==="date"&&M!=="date")q=x+"the argument to most must be a date";else if(M!=="number"&&(g||d==="number"))q=x+"the argument to most must be a number";else if(!g&&d!=="date"&&d!=="number"){var B=d==="string"?"'"+p+"'":p;q=x+"expected "+B+" to be a number or a date"}else N=!1;if(N)throw new c(q,void 0,b);if(g){var I="length",D;d==="map"||d==="set"?(I="size",D=p.size):D=p.length,this.assert(D<=a,"expected #{this} to have a "+I+" at most #{exp} but got #{act}","expected #{this} to have a "+I+" above #{exp}",a,D)}else this.assert(p<=a,"expected #{this} to be at most #{exp}","expected #{this} to be above #{exp}",a)}t.addMethod("most",Y),t.addMethod("lte",Y),t.addMethod("lessThanOrEqual",Y),t.addMethod("within",function(a,h,p){p&&e(this,"message",p);var g=e(this,"object"),m=e(this,"doLength"),x=e(this,"message"),b=x?x+": ":"",d=e(this,"ssfi"),M=o.type(g).toLowerCase(),q=o.type(a).toLowerCase(),N=o.type(h).toLowerCase(),B,I=!0,D=q==="date"&&N==="date"?a.toISOString()+".."+h.toISOString():a+".."+h;if(m&&M!=="map"&&M!=="set"&&new t(g,x,d,!0).to.have.property("length"),!m&&M==="date"&&(q!=="date"||N!=="date"))B=b+"the arguments to within must be dates";else if((q!=="number"||N!=="number")&&(m||M==="number"))B=b+"the arguments to within must be numbers";else if(!m&&M!=="date"&&M!=="number"){var k=M==="string"?"'"+g+"'":g;B=b+"expected "+k+" to be a number or a date"}else I=!1;if(I)throw new c(B,void 0,d);if(m){var V="length",U;M==="map"||M==="set"?(V="size",U=g.size):U=g.length,this.assert(U>=a&&U<=h,"expected #{this} to have a "+V+" within "+D,"expected #{this} to not have a "+V+" within "+D)}else this.assert(g>=a&&g<=h,"expected #{this} to be within "+D,"expected #{this} to not be within "+D)});function me(a,h){h&&e(this,"message",h);var p=e(this,"object"),g=e(this,"ssfi"),m=e(this,"message");try{var x=p instanceof a}catch(d){throw d instanceof TypeError?(m=m?m+": ":"",new c(m+"The instanceof assertion needs a constructor but "+o.type(a)+" was given.",void 0,g)):d}var b=o.getName(a);b===null&&(b="an unnamed constructor"),this.assert(x,"expected #{this} to be an instance of "+b,"expected #{this} to not be an instance of "+b)}t.addMethod("instanceof",me),t.addMethod("instanceOf",me);function ve(a,h,p){p&&e(this,"message",p);var g=e(this,"nested"),m=e(this,"own"),x=e(this,"message"),b=e(this,"object"),d=e(this,"ssfi"),M=typeof a;if(x=x?x+": ":"",g){if(M!=="string")throw new c(x+"the argument to property must be a string when using nested syntax",void 0,d)}else if(M!=="string"&&M!=="number"&&M!=="symbol")throw new c(x+"the argument to property must be a string, number, or symbol",void 0,d);if(g&&m)throw new c(x+'The "nested" and "own" flags cannot be combined.',void 0,d);if(b==null)throw new c(x+"Target cannot be null or undefined.",void 0,d);var q=e(this,"deep"),N=e(this,"negate"),B=g?o.getPathInfo(b,a):null,I=g?B.value:b[a],D=q?e(this,"eql"):(U,ce)=>U===ce,k="";q&&(k+="deep "),m&&(k+="own "),g&&(k+="nested "),k+="property ";var V;m?V=Object.prototype.hasOwnProperty.call(b,a):g?V=B.exists:V=o.hasProperty(b,a),(!N||arguments.length===1)&&this.assert(V,"expected #{this} to have "+k+o.inspect(a),"expected #{this} to not have "+k+o.inspect(a)),arguments.length>1&&this.assert(V&&D(h,I),"expected #{this} to have "+k+o.inspect(a)+" of #{exp}, but got #{act}","expected #{this} to not have "+k+o.inspect(a)+" of #{act}",h,I),e(this,"object",I)}t.addMethod("property",ve);function we(a,h,p){e(this,"own",!0),ve.apply(this,arguments)}t.addMethod("ownProperty",we),t.addMethod("haveOwnProperty",we);function xe(a,h,p){typeof h=="string"&&(p=h,h=null),p&&e(this,"message",p);var g=e(this,"object"),m=Object.getOwnPropertyDescriptor(Object(g),a),x=e(this,"eql");m&&h?this.assert(x(h,m),"expected the own property descriptor for "+o.inspect(a)+" on #{this} to match "+o.inspect(h)+", got "+o.inspect(m),"expected the own property descriptor for "+o.inspect(a)+" on #{this} to not match "+o.inspect(h),h,m,!0):this.assert(m,"expected #{this} to have an own property descriptor for "+o.inspect(a),"expected #{this} to not have an own property descriptor for "+o.inspect(a)),e(this,"object",m)}t.addMethod("ownPropertyDescriptor",xe),t.addMethod("haveOwnPropertyDescriptor",xe);function K(){e(this,"doLength",!0)}function ee(a,h){h&&e(this,"message",h);var p=e(this,"object"),g=o.type(p).toLowerCase(),m=e(this,"message"),x=e(this,"ssfi"),b="length",d;switch(g){case"map":case"set":b="size",d=p.size;break;default:new t(p,m,x,!0).to.have.property("length"),d=p.length}this.assert(d==a,"expected #{this} to have a "+b+" of #{exp} but got #{act}","expected #{this} to not have a "+b+" of #{act}",a,d)}t.addChainableMethod("length",ee,K),t.addChainableMethod("lengthOf",ee,K);function ue(a,h){h&&e(this,"message",h);var p=e(this,"object");this.assert(a.exec(p),"expected #{this} to match "+a,"expected #{this} not to match "+a)}t.addMethod("match",ue),t.addMethod("matches",ue),t.addMethod("string",function(a,h){h&&e(this,"message",h);var p=e(this,"object"),g=e(this,"message"),m=e(this,"ssfi");new t(p,g,m,!0).is.a("string"),this.assert(~p.indexOf(a),"expected #{this} to contain "+o.inspect(a),"expected #{this} to not contain "+o.inspect(a))});function F(a){var h=e(this,"object"),p=o.type(h),g=o.type(a),m=e(this,"ssfi"),x=e(this,"deep"),b,d="",M,q=!0,N=e(this,"message");N=N?N+": ":"";var B=N+"when testing keys against an object or an array you must give a single Array|Object|String argument or multiple String arguments";if(p==="Map"||p==="Set")d=x?"deeply ":"",M=[],h.forEach(function(Z,oe){M.push(oe)}),g!=="Array"&&(a=Array.prototype.slice.call(arguments));else{switch(M=o.getOwnEnumerableProperties(h),g){case"Array":if(arguments.length>1)throw new c(B,void 0,m);break;case"Object":if(arguments.length>1)throw new c(B,void 0,m);a=Object.keys(a);break;default:a=Array.prototype.slice.call(arguments)}a=a.map(function(Z){return typeof Z=="symbol"?Z:String(Z)})}if(!a.length)throw new c(N+"keys required",void 0,m);var I=a.length,D=e(this,"any"),k=e(this,"all"),V=a,U=x?e(this,"eql"):(Z,oe)=>Z===oe;if(!D&&!k&&(k=!0),D&&(q=V.some(function(Z){return M.some(function(oe){return U(Z,oe)})})),k&&(q=V.every(function(Z){return M.some(function(oe){return U(Z,oe)})}),e(this,"contains")||(q=q&&a.length==M.length)),I>1){a=a.map(function(Z){return o.inspect(Z)});var ce=a.pop();k&&(b=a.join(", ")+", and "+ce),D&&(b=a.join(", ")+", or "+ce)}else b=o.inspect(a[0]);b=(I>1?"keys ":"key ")+b,b=(e(this,"contains")?"contain ":"have ")+b,this.assert(q,"expected #{this} to "+d+b,"expected #{this} to not "+d+b,V.slice(0).sort(o.compareByInspect),M.sort(o.compareByInspect),!0)}t.addMethod("keys",F),t.addMethod("key",F);function qe(a,h,p){p&&e(this,"message",p);var g=e(this,"object"),m=e(this,"ssfi"),x=e(this,"message"),b=e(this,"negate")||!1;new t(g,x,m,!0).is.a("function"),(a instanceof RegExp||typeof a=="string")&&(h=a,a=null);var d;try{g()}catch(ce){d=ce}var M=a===void 0&&h===void 0,q=!!(a&&h),N=!1,B=!1;if(M||!M&&!b){var I="an error";a instanceof Error?I="#{exp}":a&&(I=o.checkError.getConstructorName(a)),this.assert(d,"expected #{this} to throw "+I,"expected #{this} to not throw an error but #{act} was thrown",a&&a.toString(),d instanceof Error?d.toString():typeof d=="string"?d:d&&o.checkError.getConstructorName(d))}if(a&&d){if(a instanceof Error){var D=o.checkError.compatibleInstance(d,a);D===b&&(q&&b?N=!0:this.assert(b,"expected #{this} to throw #{exp} but #{act} was thrown","expected #{this} to not throw #{exp}"+(d&&!b?" but #{act} was thrown":""),a.toString(),d.toString()))}var k=o.checkError.compatibleConstructor(d,a);k===b&&(q&&b?N=!0:this.assert(b,"expected #{this} to throw #{exp} but #{act} was thrown","expected #{this} to not throw #{exp}"+(d?" but #{act} was thrown":""),a instanceof Error?a.toString():a&&o.checkError.getConstructorName(a),d instanceof Error?d.toString():d&&o.checkError.getConstructorName(d)))}if(d&&h!==void 0&&h!==null){var V="including";h instanceof RegExp&&(V="matching");var U=o.checkError.compatibleMessage(d,h);U===b&&(q&&b?B=!0:this.assert(b,"expected #{this} to throw error "+V+" #{exp} but got #{act}","expected #{this} to throw error not "+V+" #{exp}",h,o.checkError.getMessage(d)))}N&&B&&this.assert(b,"expected #{this} to throw #{exp} but #{act} was thrown","expected #{this} to not throw #{exp}"+(d?" but #{act} was thrown":""),a instanceof Error?a.toString():a&&o.checkError.getConstructorName(a),d instanceof Error?d.toString():d&&o.checkError.getConstructorName(d)),e(this,"object",d)}t.addMethod("throw",qe),t.addMethod("throws",qe),t.addMethod("Throw",qe);function Oe(a,h){h&&e(this,"message",h);var p=e(this,"object"),g=e(this,"itself"),m=typeof p=="function"&&!g?p.prototype[a]:p[a];this.assert(typeof m=="function","expected #{this} to respond to "+o.inspect(a),"expected #{this} to not respond to "+o.inspect(a))}t.addMethod("respondTo",Oe),t.addMethod("respondsTo",Oe),t.addProperty("itself",function(){e(this,"itself",!0)});function Fe(a,h){h&&e(this,"message",h);var p=e(this,"object"),g=a(p);this.assert(g,"expected #{this} to satisfy "+o.objDisplay(a),"expected #{this} to not satisfy"+o.objDisplay(a),!e(this,"negate"),g)}t.addMethod("satisfy",Fe),t.addMethod("satisfies",Fe);function Ve(a,h,p){p&&e(this,"message",p);var g=e(this,"object"),m=e(this,"message"),x=e(this,"ssfi");if(new t(g,m,x,!0).is.a("number"),typeof a!="number"||typeof h!="number"){m=m?m+": ":"";var b=h===void 0?", and a delta is required":"";throw new c(m+"the arguments to closeTo or approximately must be numbers"+b,void 0,x)}this.assert(Math.abs(g-a)<=h,"expected #{this} to be close to "+a+" +/- "+h,"expected #{this} not to be close to "+a+" +/- "+h)}t.addMethod("closeTo",Ve),t.addMethod("approximately",Ve);function tt(a,h,p,g,m){if(!g){if(a.length!==h.length)return!1;h=h.slice()}return a.every(function(x,b){if(m)return p?p(x,h[b]):x===h[b];if(!p){var d=h.indexOf(x);return d===-1?!1:(g||h.splice(d,1),!0)}return h.some(function(M,q){return p(x,M)?(g||h.splice(q,1),!0):!1})})}t.addMethod("members",function(a,h){h&&e(this,"message",h);var p=e(this,"object"),g=e(this,"message"),m=e(this,"ssfi");new t(p,g,m,!0).to.be.an("array"),new t(a,g,m,!0).to.be.an("array");var x=e(this,"contains"),b=e(this,"ordered"),d,M,q;x?(d=b?"an ordered superset":"a superset",M="expected #{this} to be "+d+" of #{exp}",q="expected #{this} to not be "+d+" of #{exp}"):(d=b?"ordered members":"members",M="expected #{this} to have the same "+d+" as #{exp}",q="expected #{this} to not have the same "+d+" as #{exp}");var N=e(this,"deep")?e(this,"eql"):void 0;this.assert(tt(a,p,N,x,b),M,q,a,p,!0)});function nt(a,h){h&&e(this,"message",h);var p=e(this,"object"),g=e(this,"message"),m=e(this,"ssfi"),x=e(this,"contains"),b=e(this,"deep"),d=e(this,"eql");new t(a,g,m,!0).to.be.an("array"),x?this.assert(a.some(function(M){return p.indexOf(M)>-1}),"expected #{this} to contain one of #{exp}","expected #{this} to not contain one of #{exp}",a,p):b?this.assert(a.some(function(M){return d(p,M)}),"expected #{this} to deeply equal one of #{exp}","expected #{this} to deeply equal one of #{exp}",a,p):this.assert(a.indexOf(p)>-1,"expected #{this} to be one of #{exp}","expected #{this} to not be one of #{exp}",a,p)}t.addMethod("oneOf",nt);function Ne(a,h,p){p&&e(this,"message",p);var g=e(this,"object"),m=e(this,"message"),x=e(this,"ssfi");new t(g,m,x,!0).is.a("function");var b;h?(new t(a,m,x,!0).to.have.property(h),b=a[h]):(new t(a,m,x,!0).is.a("function"),b=a()),g();var d=h==null?a():a[h],M=h==null?b:"."+h;e(this,"deltaMsgObj",M),e(this,"initialDeltaValue",b),e(this,"finalDeltaValue",d),e(this,"deltaBehavior","change"),e(this,"realDelta",d!==b),this.assert(b!==d,"expected "+M+" to change","expected "+M+" to not change")}t.addMethod("change",Ne),t.addMethod("changes",Ne);function Ae(a,h,p){p&&e(this,"message",p);var g=e(this,"object"),m=e(this,"message"),x=e(this,"ssfi");new t(g,m,x,!0).is.a("function");var b;h?(new t(a,m,x,!0).to.have.property(h),b=a[h]):(new t(a,m,x,!0).is.a("function"),b=a()),new t(b,m,x,!0).is.a("number"),g();var d=h==null?a():a[h],M=h==null?b:"."+h;e(this,"deltaMsgObj",M),e(this,"initialDeltaValue",b),e(this,"finalDeltaValue",d),e(this,"deltaBehavior","increase"),e(this,"realDelta",d-b),this.assert(d-b>0,"expected "+M+" to increase","expected "+M+" to not increase")}t.addMethod("increase",Ae),t.addMethod("increases",Ae);function _e(a,h,p){p&&e(this,"message",p);var g=e(this,"object"),m=e(this,"message"),x=e(this,"ssfi");new t(g,m,x,!0).is.a("function");var b;h?(new t(a,m,x,!0).to.have.property(h),b=a[h]):(new t(a,m,x,!0).is.a("function"),b=a()),new t(b,m,x,!0).is.a("number"),g();var d=h==null?a():a[h],M=h==null?b:"."+h;e(this,"deltaMsgObj",M),e(this,"initialDeltaValue",b),e(this,"finalDeltaValue",d),e(this,"deltaBehavior","decrease"),e(this,"realDelta",b-d),this.assert(d-b<0,"expected "+M+" to decrease","expected "+M+" to not decrease")}t.addMethod("decrease",_e),t.addMethod("decreases",_e);function rt(a,h){h&&e(this,"message",h);var p=e(this,"deltaMsgObj"),g=e(this,"initialDeltaValue"),m=e(this,"finalDeltaValue"),x=e(this,"deltaBehavior"),b=e(this,"realDelta"),d;x==="change"?d=Math.abs(m-g)===Math.abs(a):d=b===Math.abs(a),this.assert(d,"expected "+p+" to "+x+" by "+a,"expected "+p+" to not "+x+" by "+a)}t.addMethod("by",rt),t.addProperty("extensible",function(){var a=e(this,"object"),h=a===Object(a)&&Object.isExtensible(a);this.assert(h,"expected #{this} to be extensible","expected #{this} to not be extensible")}),t.addProperty("sealed",function(){var a=e(this,"object"),h=a===Object(a)?Object.isSealed(a):!0;this.assert(h,"expected #{this} to be sealed","expected #{this} to not be sealed")}),t.addProperty("frozen",function(){var a=e(this,"object"),h=a===Object(a)?Object.isFrozen(a):!0;this.assert(h,"expected #{this} to be frozen","expected #{this} to not be frozen")}),t.addProperty("finite",function(a){var h=e(this,"object");this.assert(typeof h=="number"&&isFinite(h),"expected #{this} to be a finite number","expected #{this} to not be a finite number")})}});var mr=j((ds,br)=>{v();br.exports=function(s,o){s.expect=function(t,c){return new s.Assertion(t,c)},s.expect.fail=function(t,c,e,r){throw arguments.length<2&&(e=t,t=void 0),e=e||"expect.fail()",new s.AssertionError(e,{actual:t,expected:c,operator:r},s.expect.fail)}}});var wr=j((ys,vr)=>{v();vr.exports=function(s,o){var t=s.Assertion;function c(){function e(){return this instanceof String||this instanceof Number||this instanceof Boolean||typeof Symbol=="function"&&this instanceof Symbol||typeof BigInt=="function"&&this instanceof BigInt?new t(this.valueOf(),null,e):new t(this,null,e)}function r(i){Object.defineProperty(this,"should",{value:i,enumerable:!0,configurable:!0,writable:!0})}Object.defineProperty(Object.prototype,"should",{set:r,get:e,configurable:!0});var n={};return n.fail=function(i,l,w,E){throw arguments.length<2&&(w=i,i=void 0),w=w||"should.fail()",new s.AssertionError(w,{actual:i,expected:l,operator:E},n.fail)},n.equal=function(i,l,w){new t(i,w).to.equal(l)},n.Throw=function(i,l,w,E){new t(i,E).to.Throw(l,w)},n.exist=function(i,l){new t(i,l).to.exist},n.not={},n.not.equal=function(i,l,w){new t(i,w).to.not.equal(l)},n.not.Throw=function(i,l,w,E){new t(i,E).to.not.Throw(l,w)},n.not.exist=function(i,l){new t(i,l).to.not.exist},n.throw=n.Throw,n.not.throw=n.not.Throw,n}s.should=c,s.Should=c}});var Sr=j((bs,xr)=>{v();xr.exports=function(s,o){var t=s.Assertion,c=o.flag;var e=s.assert=function(r,n){var i=new t(null,null,s.assert,!0);i.assert(r,n,"[ negation message unavailable ]")};e.fail=function(r,n,i,l){throw arguments.length<2&&(i=r,r=void 0),i=i||"assert.fail()",new s.AssertionError(i,{actual:r,expected:n,operator:l},e.fail)},e.isOk=function(r,n){new t(r,n,e.isOk,!0).is.ok},e.isNotOk=function(r,n){new t(r,n,e.isNotOk,!0).is.not.ok},e.equal=function(r,n,i){var l=new t(r,i,e.equal,!0);l.assert(n==c(l,"object"),"expected #{this} to equal #{exp}","expected #{this} to not equal #{act}",n,r,!0)},e.notEqual=function(r,n,i){var l=new t(r,i,e.notEqual,!0);l.assert(n!=c(l,"object"),"expected #{this} to not equal #{exp}","expected #{this} to equal #{act}",n,r,!0)},e.strictEqual=function(r,n,i){new t(r,i,e.strictEqual,!0).to.equal(n)},e.notStrictEqual=function(r,n,i){new t(r,i,e.notStrictEqual,!0).to.not.equal(n)},e.deepEqual=e.deepStrictEqual=function(r,n,i){new t(r,i,e.deepEqual,!0).to.eql(n)},e.notDeepEqual=function(r,n,i){new t(r,i,e.notDeepEqual,!0).to.not.eql(n)},e.isAbove=function(r,n,i){new t(r,i,e.isAbove,!0).to.be.above(n)},e.isAtLeast=function(r,n,i){new t(r,i,e.isAtLeast,!0).to.be.least(n)},e.isBelow=function(r,n,i){new t(r,i,e.isBelow,!0).to.be.below(n)},e.isAtMost=function(r,n,i){new t(r,i,e.isAtMost,!0).to.be.most(n)},e.isTrue=function(r,n){new t(r,n,e.isTrue,!0).is.true},e.isNotTrue=function(r,n){new t(r,n,e.isNotTrue,!0).to.not.equal(!0)},e.isFalse=function(r,n){new t(r,n,e.isFalse,!0).is.false},e.isNotFalse=function(r,n){new t(r,n,e.isNotFalse,!0).to.not.equal(!1)},e.isNull=function(r,n){new t(r,n,e.isNull,!0).to.equal(null)},e.isNotNull=function(r,n){new t(r,n,e.isNotNull,!0).to.not.equal(null)},e.isNaN=function(r,n){new t(r,n,e.isNaN,!0).to.be.NaN},e.isNotNaN=function(r,n){new t(r,n,e.isNotNaN,!0).not.to.be.NaN},e.exists=function(r,n){new t(r,n,e.exists,!0).to.exist},e.notExists=function(r,n){new t(r,n,e.notExists,!0).to.not.exist},e.isUndefined=function(r,n){new t(r,n,e.isUndefined,!0).to.equal(void 0)},e.isDefined=function(r,n){new t(r,n,e.isDefined,!0).to.not.equal(void 0)},e.isFunction=function(r,n){new t(r,n,e.isFunction,!0).to.be.a("function")},e.isNotFunction=function(r,n){new t(r,n,e.isNotFunction,!0).to.not.be.a("function")},e.isObject=function(r,n){new t(r,n,e.isObject,!0).to.be.a("object")},e.isNotObject=function(r,n){new t(r,n,e.isNotObject,!0).to.not.be.a("object")},e.isArray=function(r,n){new t(r,n,e.isArray,!0).to.be.an("array")},e.isNotArray=function(r,n){new t(r,n,e.isNotArray,!0).to.not.be.an("array")},e.isString=function(r,n){new t(r,n,e.isString,!0).to.be.a("string")},e.isNotString=function(r,n){new t(r,n,e.isNotString,!0).to.not.be.a("string")},e.isNumber=function(r,n){new t(r,n,e.isNumber,!0).to.be.a("number")},e.isNotNumber=function(r,n){new t(r,n,e.isNotNumber,!0).to.not.be.a("number")},e.isFinite=function(r,n){new t(r,n,e.isFinite,!0).to.be.finite},e.isBoolean=function(r,n){new t(r,n,e.isBoolean,!0).to.be.a("boolean")},e.isNotBoolean=function(r,n){new t(r,n,e.isNotBoolean,!0).to.not.be.a("boolean")},e.typeOf=function(r,n,i){new t(r,i,e.typeOf,!0).to.be.a(n)},e.notTypeOf=function(r,n,i){new t(r,i,e.notTypeOf,!0).to.not.be.a(n)},e.instanceOf=function(r,n,i){new t(r,i,e.instanceOf,!0).to.be.instanceOf(n)},e.notInstanceOf=function(r,n,i){new t(r,i,e.notInstanceOf,!0).to.not.be.instanceOf(n)},e.include=function(r,n,i){new t(r,i,e.include,!0).include(n)},e.notInclude=function(r,n,i){new t(r,i,e.notInclude,!0).not.include(n)},e.deepInclude=function(r,n,i){new t(r,i,e.deepInclude,!0).deep.include(n)},e.notDeepInclude=function(r,n,i){new t(r,i,e.notDeepInclude,!0).not.deep.include(n)},e.nestedInclude=function(r,n,i){new t(r,i,e.nestedInclude,!0).nested.include(n)},e.notNestedInclude=function(r,n,i){new t(r,i,e.notNestedInclude,!0).not.nested.include(n)},e.deepNestedInclude=function(r,n,i){new t(r,i,e.deepNestedInclude,!0).deep.nested.include(n)},e.notDeepNestedInclude=function(r,n,i){new t(r,i,e.notDeepNestedInclude,!0).not.deep.nested.include(n)},e.ownInclude=function(r,n,i){new t(r,i,e.ownInclude,!0).own.include(n)},e.notOwnInclude=function(r,n,i){new t(r,i,e.notOwnInclude,!0).not.own.include(n)},e.deepOwnInclude=function(r,n,i){new t(r,i,e.deepOwnInclude,!0).deep.own.include(n)},e.notDeepOwnInclude=function(r,n,i){new t(r,i,e.notDeepOwnInclude,!0).not.deep.own.include(n)},e.match=function(r,n,i){new t(r,i,e.match,!0).to.match(n)},e.notMatch=function(r,n,i){new t(r,i,e.notMatch,!0).to.not.match(n)},e.property=function(r,n,i){new t(r,i,e.property,!0).to.have.property(n)},e.notProperty=function(r,n,i){new t(r,i,e.notProperty,!0).to.not.have.property(n)},e.propertyVal=function(r,n,i,l){new t(r,l,e.propertyVal,!0).to.have.property(n,i)},e.notPropertyVal=function(r,n,i,l){new t(r,l,e.notPropertyVal,!0).to.not.have.property(n,i)},e.deepPropertyVal=function(r,n,i,l){new t(r,l,e.deepPropertyVal,!0).to.have.deep.property(n,i)},e.notDeepPropertyVal=function(r,n,i,l){new t(r,l,e.notDeepPropertyVal,!0).to.not.have.deep.property(n,i)},e.ownProperty=function(r,n,i){new t(r,i,e.ownProperty,!0).to.have.own.property(n)},e.notOwnProperty=function(r,n,i){new t(r,i,e.notOwnProperty,!0).to.not.have.own.property(n)},e.ownPropertyVal=function(r,n,i,l){new t(r,l,e.ownPropertyVal,!0).to.have.own.property(n,i)},e.notOwnPropertyVal=function(r,n,i,l){new t(r,l,e.notOwnPropertyVal,!0).to.not.have.own.property(n,i)},e.deepOwnPropertyVal=function(r,n,i,l){new t(r,l,e.deepOwnPropertyVal,!0).to.have.deep.own.property(n,i)},e.notDeepOwnPropertyVal=function(r,n,i,l){new t(r,l,e.notDeepOwnPropertyVal,!0).to.not.have.deep.own.property(n,i)},e.nestedProperty=function(r,n,i){new t(r,i,e.nestedProperty,!0).to.have.nested.property(n)},e.notNestedProperty=function(r,n,i){new t(r,i,e.notNestedProperty,!0).to.not.have.nested.property(n)},e.nestedPropertyVal=function(r,n,i,l){new t(r,l,e.nestedPropertyVal,!0).to.have.nested.property(n,i)},e.notNestedPropertyVal=function(r,n,i,l){new t(r,l,e.notNestedPropertyVal,!0).to.not.have.nested.property(n,i)},e.deepNestedPropertyVal=function(r,n,i,l){new t(r,l,e.deepNestedPropertyVal,!0).to.have.deep.nested.property(n,i)},e.notDeepNestedPropertyVal=function(r,n,i,l){new t(r,l,e.notDeepNestedPropertyVal,!0).to.not.have.deep.nested.property(n,i)},e.lengthOf=function(r,n,i){new t(r,i,e.lengthOf,!0).to.have.lengthOf(n)},e.hasAnyKeys=function(r,n,i){new t(r,i,e.hasAnyKeys,!0).to.have.any.keys(n)},e.hasAllKeys=function(r,n,i){new t(r,i,e.hasAllKeys,!0).to.have.all.keys(n)},e.containsAllKeys=function(r,n,i){new t(r,i,e.containsAllKeys,!0).to.contain.all.keys(n)},e.doesNotHaveAnyKeys=function(r,n,i){new t(r,i,e.doesNotHaveAnyKeys,!0).to.not.have.any.keys(n)},e.doesNotHaveAllKeys=function(r,n,i){new t(r,i,e.doesNotHaveAllKeys,!0).to.not.have.all.keys(n)},e.hasAnyDeepKeys=function(r,n,i){new t(r,i,e.hasAnyDeepKeys,!0).to.have.any.deep.keys(n)},e.hasAllDeepKeys=function(r,n,i){new t(r,i,e.hasAllDeepKeys,!0).to.have.all.deep.keys(n)},e.containsAllDeepKeys=function(r,n,i){new t(r,i,e.containsAllDeepKeys,!0).to.contain.all.deep.keys(n)},e.doesNotHaveAnyDeepKeys=function(r,n,i){new t(r,i,e.doesNotHaveAnyDeepKeys,!0).to.not.have.any.deep.keys(n)},e.doesNotHaveAllDeepKeys=function(r,n,i){new t(r,i,e.doesNotHaveAllDeepKeys,!0).to.not.have.all.deep.keys(n)},e.throws=function(r,n,i,l){(typeof n=="string"||n instanceof RegExp)&&(i=n,n=null);var w=new t(r,l,e.throws,!0).to.throw(n,i);return c(w,"object")},e.doesNotThrow=function(r,n,i,l){(typeof n=="string"||n instanceof RegExp)&&(i=n,n=null),new t(r,l,e.doesNotThrow,!0).to.not.throw(n,i)},e.operator=function(r,n,i,l){var w;switch(n){case"==":w=r==i;break;case"===":w=r===i;break;case">":w=r>i;break;case">=":w=r>=i;break;case"<":w=r<i;break;case"<=":w=r<=i;break;case"!=":w=r!=i;break;case"!==":w=r!==i;break;default:throw l=l&&l+": ",new s.AssertionError(l+'Invalid operator "'+n+'"',void 0,e.operator)}var E=new t(w,l,e.operator,!0);E.assert(c(E,"object")===!0,"expected "+o.inspect(r)+" to be "+n+" "+o.inspect(i),"expected "+o.inspect(r)+" to not be "+n+" "+o.inspect(i))},e.closeTo=function(r,n,i,l){new t(r,l,e.closeTo,!0).to.be.closeTo(n,i)},e.approximately=function(r,n,i,l){new t(r,l,e.approximately,!0).to.be.approximately(n,i)},e.sameMembers=function(r,n,i){new t(r,i,e.sameMembers,!0).to.have.same.members(n)},e.notSameMembers=function(r,n,i){new t(r,i,e.notSameMembers,!0).to.not.have.same.members(n)},e.sameDeepMembers=function(r,n,i){new t(r,i,e.sameDeepMembers,!0).to.have.same.deep.members(n)},e.notSameDeepMembers=function(r,n,i){new t(r,i,e.notSameDeepMembers,!0).to.not.have.same.deep.members(n)},e.sameOrderedMembers=function(r,n,i){new t(r,i,e.sameOrderedMembers,!0).to.have.same.ordered.members(n)},e.notSameOrderedMembers=function(r,n,i){new t(r,i,e.notSameOrderedMembers,!0).to.not.have.same.ordered.members(n)},e.sameDeepOrderedMembers=function(r,n,i){new t(r,i,e.sameDeepOrderedMembers,!0).to.have.same.deep.ordered.members(n)},e.notSameDeepOrderedMembers=function(r,n,i){new t(r,i,e.notSameDeepOrderedMembers,!0).to.not.have.same.deep.ordered.members(n)},e.includeMembers=function(r,n,i){new t(r,i,e.includeMembers,!0).to.include.members(n)},e.notIncludeMembers=function(r,n,i){new t(r,i,e.notIncludeMembers,!0).to.not.include.members(n)},e.includeDeepMembers=function(r,n,i){new t(r,i,e.includeDeepMembers,!0).to.include.deep.members(n)},e.notIncludeDeepMembers=function(r,n,i){new t(r,i,e.notIncludeDeepMembers,!0).to.not.include.deep.members(n)},e.includeOrderedMembers=function(r,n,i){new t(r,i,e.includeOrderedMembers,!0).to.include.ordered.members(n)},e.notIncludeOrderedMembers=function(r,n,i){new t(r,i,e.notIncludeOrderedMembers,!0).to.not.include.ordered.members(n)},e.includeDeepOrderedMembers=function(r,n,i){new t(r,i,e.includeDeepOrderedMembers,!0).to.include.deep.ordered.members(n)},e.notIncludeDeepOrderedMembers=function(r,n,i){new t(r,i,e.notIncludeDeepOrderedMembers,!0).to.not.include.deep.ordered.members(n)},e.oneOf=function(r,n,i){new t(r,i,e.oneOf,!0).to.be.oneOf(n)},e.changes=function(r,n,i,l){arguments.length===3&&typeof n=="function"&&(l=i,i=null),new t(r,l,e.changes,!0).to.change(n,i)},e.changesBy=function(r,n,i,l,w){if(arguments.length===4&&typeof n=="function"){var E=l;l=i,w=E}else arguments.length===3&&(l=i,i=null);new t(r,w,e.changesBy,!0).to.change(n,i).by(l)},e.doesNotChange=function(r,n,i,l){return arguments.length===3&&typeof n=="function"&&(l=i,i=null),new t(r,l,e.doesNotChange,!0).to.not.change(n,i)},e.changesButNotBy=function(r,n,i,l,w){if(arguments.length===4&&typeof n=="function"){var E=l;l=i,w=E}else arguments.length===3&&(l=i,i=null);new t(r,w,e.changesButNotBy,!0).to.change(n,i).but.not.by(l)},e.increases=function(r,n,i,l){return arguments.length===3&&typeof n=="function"&&(l=i,i=null),new t(r,l,e.increases,!0).to.increase(n,i)},e.increasesBy=function(r,n,i,l,w){if(arguments.length===4&&typeof n=="function"){var E=l;l=i,w=E}else arguments.length===3&&(l=i,i=null);new t(r,w,e.increasesBy,!0).to.increase(n,i).by(l)},e.doesNotIncrease=function(r,n,i,l){return arguments.length===3&&typeof n=="function"&&(l=i,i=null),new t(r,l,e.doesNotIncrease,!0).to.not.increase(n,i)},e.increasesButNotBy=function(r,n,i,l,w){if(arguments.length===4&&typeof n=="function"){var E=l;l=i,w=E}else arguments.length===3&&(l=i,i=null);new t(r,w,e.increasesButNotBy,!0).to.increase(n,i).but.not.by(l)},e.decreases=function(r,n,i,l){return arguments.length===3&&typeof n=="function"&&(l=i,i=null),new t(r,l,e.decreases,!0).to.decrease(n,i)},e.decreasesBy=function(r,n,i,l,w){if(arguments.length===4&&typeof n=="function"){var E=l;l=i,w=E}else arguments.length===3&&(l=i,i=null);new t(r,w,e.decreasesBy,!0).to.decrease(n,i).by(l)},e.doesNotDecrease=function(r,n,i,l){return arguments.length===3&&typeof n=="function"&&(l=i,i=null),new t(r,l,e.doesNotDecrease,!0).to.not.decrease(n,i)},e.doesNotDecreaseBy=function(r,n,i,l,w){if(arguments.length===4&&typeof n=="function"){var E=l;l=i,w=E}else arguments.length===3&&(l=i,i=null);return new t(r,w,e.doesNotDecreaseBy,!0).to.not.decrease(n,i).by(l)},e.decreasesButNotBy=function(r,n,i,l,w){if(arguments.length===4&&typeof n=="function"){var E=l;l=i,w=E}else arguments.length===3&&(l=i,i=null);new t(r,w,e.decreasesButNotBy,!0).to.decrease(n,i).but.not.by(l)};e.ifError=function(r){if(r)throw r},e.isExtensible=function(r,n){new t(r,n,e.isExtensible,!0).to.be.extensible},e.isNotExtensible=function(r,n){new t(r,n,e.isNotExtensible,!0).to.not.be.extensible},e.isSealed=function(r,n){new t(r,n,e.isSealed,!0).to.be.sealed},e.isNotSealed=function(r,n){new t(r,n,e.isNotSealed,!0).to.not.be.sealed},e.isFrozen=function(r,n){new t(r,n,e.isFrozen,!0).to.be.frozen},e.isNotFrozen=function(r,n){new t(r,n,e.isNotFrozen,!0).to.not.be.frozen},e.isEmpty=function(r,n){new t(r,n,e.isEmpty,!0).to.be.empty},e.isNotEmpty=function(r,n){new t(r,n,e.isNotEmpty,!0).to.not.be.empty};(function r(n,i){return e[i]=e[n],r})("isOk","ok")("isNotOk","notOk")("throws","throw")("throws","Throw")("isExtensible","extensible")("isNotExtensible","notExtensible")("isSealed","sealed")("isNotSealed","notSealed")("isFrozen","frozen")("isNotFrozen","notFrozen")("isEmpty","empty")("isNotEmpty","notEmpty")}});var le=j(Q=>{v();var Mr=[];Q.version="4.3.8";Q.AssertionError=ft();var Pr=hr();Q.use=function(s){return~Mr.indexOf(s)||(s(Q,Pr),Mr.push(s)),Q};Q.util=Pr;var Ko=ge();Q.config=Ko;var Lo=pr();Q.use(Lo);var Wo=gr();Q.use(Wo);var Ro=mr();Q.use(Ro);var Uo=wr();Q.use(Uo);var Go=Sr();Q.use(Go)});var qr=j((xs,Er)=>{v();Er.exports=le()});v();module.exports=qr();
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

chai/lib/chai/interface/assert.js:
  (*!
   * chai
   * Copyright(c) 2011-2014 Jake Luer <jake@alogicalparadox.com>
   * MIT Licensed
   *)
  (*!
   * Chai dependencies.
   *)
  (*!
   * Module export.
   *)
  (*!
   * ### .ifError(object)
   *
   * Asserts if value is not a false value, and throws if it is a true value.
   * This is added to allow for chai to be a drop-in replacement for Node's
   * assert class.
   *
   *     var err = new Error('I am a custom error');
   *     assert.ifError(err); // Rethrows err!
   *
   * @name ifError
   * @param {Object} object
   * @namespace Assert
   * @api public
   *)
  (*!
   * Aliases.
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

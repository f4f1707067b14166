var qi=Object.create;var nr=Object.defineProperty;var ji=Object.getOwnPropertyDescriptor;var Di=Object.getOwnPropertyNames;var Ci=Object.getPrototypeOf,Ui=Object.prototype.hasOwnProperty;var ki=(n,t,e)=>()=>{if(e)throw e[0];try{return n&&(t=n(n=0)),t}catch(s){throw e=[s],s}};var O=(n,t)=>()=>{try{return t||n((t={exports:{}}).exports,t),t.exports}catch(e){throw t=0,e}};var zi=(n,t,e,s)=>{if(t&&typeof t=="object"||typeof t=="function")for(let r of Di(t))!Ui.call(n,r)&&r!==e&&nr(n,r,{get:()=>t[r],enumerable:!(s=ji(t,r))||s.enumerable});return n};var ir=(n,t,e)=>(e=n!=null?qi(Ci(n)):{},zi(t||!n||!n.__esModule?nr(e,"default",{value:n,enumerable:!0}):e,n));var ar=O(st=>{"use strict";x();st.byteLength=_i;st.toByteArray=Vi;st.fromByteArray=Wi;var ae=[],ie=[],Ri=typeof Uint8Array!="undefined"?Uint8Array:Array,St="ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";for(Ee=0,or=St.length;Ee<or;++Ee)ae[Ee]=St[Ee],ie[St.charCodeAt(Ee)]=Ee;var Ee,or;ie[45]=62;ie[95]=63;function sr(n){var t=n.length;if(t%4>0)throw new Error("Invalid string. Length must be a multiple of 4");var e=n.indexOf("=");e===-1&&(e=t);var s=e===t?0:4-e%4;return[e,s]}function _i(n){var t=sr(n),e=t[0],s=t[1];return(e+s)*3/4-s}function Li(n,t,e){return(t+e)*3/4-e}function Vi(n){var t,e=sr(n),s=e[0],r=e[1],i=new Ri(Li(n,s,r)),o=0,a=r>0?s-4:s,c;for(c=0;c<a;c+=4)t=ie[n.charCodeAt(c)]<<18|ie[n.charCodeAt(c+1)]<<12|ie[n.charCodeAt(c+2)]<<6|ie[n.charCodeAt(c+3)],i[o++]=t>>16&255,i[o++]=t>>8&255,i[o++]=t&255;return r===2&&(t=ie[n.charCodeAt(c)]<<2|ie[n.charCodeAt(c+1)]>>4,i[o++]=t&255),r===1&&(t=ie[n.charCodeAt(c)]<<10|ie[n.charCodeAt(c+1)]<<4|ie[n.charCodeAt(c+2)]>>2,i[o++]=t>>8&255,i[o++]=t&255),i}function $i(n){return ae[n>>18&63]+ae[n>>12&63]+ae[n>>6&63]+ae[n&63]}function Ki(n,t,e){for(var s,r=[],i=t;i<e;i+=3)s=(n[i]<<16&16711680)+(n[i+1]<<8&65280)+(n[i+2]&255),r.push($i(s));return r.join("")}function Wi(n){for(var t,e=n.length,s=e%3,r=[],i=16383,o=0,a=e-s;o<a;o+=i)r.push(Ki(n,o,o+i>a?a:o+i));return s===1?(t=n[e-1],r.push(ae[t>>2]+ae[t<<4&63]+"==")):s===2&&(t=(n[e-2]<<8)+n[e-1],r.push(ae[t>>10]+ae[t>>4&63]+ae[t<<2&63]+"=")),r.join("")}});var ur=O(It=>{x();It.read=function(n,t,e,s,r){var i,o,a=r*8-s-1,c=(1<<a)-1,w=c>>1,v=-7,I=e?r-1:0,Z=e?-1:1,R=n[t+I];for(I+=Z,i=R&(1<<-v)-1,R>>=-v,v+=a;v>0;i=i*256+n[t+I],I+=Z,v-=8);for(o=i&(1<<-v)-1,i>>=-v,v+=s;v>0;o=o*256+n[t+I],I+=Z,v-=8);if(i===0)i=1-w;else{if(i===c)return o?NaN:(R?-1:1)*(1/0);o=o+Math.pow(2,s),i=i-w}return(R?-1:1)*o*Math.pow(2,i-s)};It.write=function(n,t,e,s,r,i){var o,a,c,w=i*8-r-1,v=(1<<w)-1,I=v>>1,Z=r===23?Math.pow(2,-24)-Math.pow(2,-77):0,R=s?0:i-1,V=s?1:-1,te=t<0||t===0&&1/t<0?1:0;for(t=Math.abs(t),isNaN(t)||t===1/0?(a=isNaN(t)?1:0,o=v):(o=Math.floor(Math.log(t)/Math.LN2),t*(c=Math.pow(2,-o))<1&&(o--,c*=2),o+I>=1?t+=Z/c:t+=Z*Math.pow(2,1-I),t*c>=2&&(o++,c/=2),o+I>=v?(a=0,o=v):o+I>=1?(a=(t*c-1)*Math.pow(2,r),o=o+I):(a=t*Math.pow(2,I-1)*Math.pow(2,r),o=0));r>=8;n[e+R]=a&255,R+=V,a/=256,r-=8);for(o=o<<r|a,w+=r;w>0;n[e+R]=o&255,R+=V,o/=256,w-=8);n[e+R-V]|=te*128}});var Sr=O(Ue=>{"use strict";x();var Mt=ar(),De=ur(),cr=typeof Symbol=="function"&&typeof Symbol.for=="function"?Symbol.for("nodejs.util.inspect.custom"):null;Ue.Buffer=p;Ue.SlowBuffer=Xi;Ue.INSPECT_MAX_BYTES=50;var at=2147483647;Ue.kMaxLength=at;p.TYPED_ARRAY_SUPPORT=Gi();!p.TYPED_ARRAY_SUPPORT&&typeof console!="undefined"&&typeof console.error=="function"&&console.error("This browser lacks typed array (Uint8Array) support which is required by `buffer` v5.x. Use `buffer` v4.x if you require old browser support.");function Gi(){try{let n=new Uint8Array(1),t={foo:function(){return 42}};return Object.setPrototypeOf(t,Uint8Array.prototype),Object.setPrototypeOf(n,t),n.foo()===42}catch(n){return!1}}Object.defineProperty(p.prototype,"parent",{enumerable:!0,get:function(){if(p.isBuffer(this))return this.buffer}});Object.defineProperty(p.prototype,"offset",{enumerable:!0,get:function(){if(p.isBuffer(this))return this.byteOffset}});function he(n){if(n>at)throw new RangeError('The value "'+n+'" is invalid for option "size"');let t=new Uint8Array(n);return Object.setPrototypeOf(t,p.prototype),t}function p(n,t,e){if(typeof n=="number"){if(typeof t=="string")throw new TypeError('The "string" argument must be of type string. Received type number');return Ot(n)}return pr(n,t,e)}p.poolSize=8192;function pr(n,t,e){if(typeof n=="string")return Ji(n,t);if(ArrayBuffer.isView(n))return Zi(n);if(n==null)throw new TypeError("The first argument must be one of type string, Buffer, ArrayBuffer, Array, or Array-like Object. Received type "+typeof n);if(ue(n,ArrayBuffer)||n&&ue(n.buffer,ArrayBuffer)||typeof SharedArrayBuffer!="undefined"&&(ue(n,SharedArrayBuffer)||n&&ue(n.buffer,SharedArrayBuffer)))return Tt(n,t,e);if(typeof n=="number")throw new TypeError('The "value" argument must not be of type number. Received type number');let s=n.valueOf&&n.valueOf();if(s!=null&&s!==n)return p.from(s,t,e);let r=Qi(n);if(r)return r;if(typeof Symbol!="undefined"&&Symbol.toPrimitive!=null&&typeof n[Symbol.toPrimitive]=="function")return p.from(n[Symbol.toPrimitive]("string"),t,e);throw new TypeError("The first argument must be one of type string, Buffer, ArrayBuffer, Array, or Array-like Object. Received type "+typeof n)}p.from=function(n,t,e){return pr(n,t,e)};Object.setPrototypeOf(p.prototype,Uint8Array.prototype);Object.setPrototypeOf(p,Uint8Array);function dr(n){if(typeof n!="number")throw new TypeError('"size" argument must be of type number');if(n<0)throw new RangeError('The value "'+n+'" is invalid for option "size"')}function Yi(n,t,e){return dr(n),n<=0?he(n):t!==void 0?typeof e=="string"?he(n).fill(t,e):he(n).fill(t):he(n)}p.alloc=function(n,t,e){return Yi(n,t,e)};function Ot(n){return dr(n),he(n<0?0:Ft(n)|0)}p.allocUnsafe=function(n){return Ot(n)};p.allocUnsafeSlow=function(n){return Ot(n)};function Ji(n,t){if((typeof t!="string"||t==="")&&(t="utf8"),!p.isEncoding(t))throw new TypeError("Unknown encoding: "+t);let e=yr(n,t)|0,s=he(e),r=s.write(n,t);return r!==e&&(s=s.slice(0,r)),s}function Pt(n){let t=n.length<0?0:Ft(n.length)|0,e=he(t);for(let s=0;s<t;s+=1)e[s]=n[s]&255;return e}function Zi(n){if(ue(n,Uint8Array)){let t=new Uint8Array(n);return Tt(t.buffer,t.byteOffset,t.byteLength)}return Pt(n)}function Tt(n,t,e){if(t<0||n.byteLength<t)throw new RangeError('"offset" is outside of buffer bounds');if(n.byteLength<t+(e||0))throw new RangeError('"length" is outside of buffer bounds');let s;return t===void 0&&e===void 0?s=new Uint8Array(n):e===void 0?s=new Uint8Array(n,t):s=new Uint8Array(n,t,e),Object.setPrototypeOf(s,p.prototype),s}function Qi(n){if(p.isBuffer(n)){let t=Ft(n.length)|0,e=he(t);return e.length===0||n.copy(e,0,0,t),e}if(n.length!==void 0)return typeof n.length!="number"||jt(n.length)?he(0):Pt(n);if(n.type==="Buffer"&&Array.isArray(n.data))return Pt(n.data)}function Ft(n){if(n>=at)throw new RangeError("Attempt to allocate Buffer larger than maximum size: 0x"+at.toString(16)+" bytes");return n|0}function Xi(n){return+n!=n&&(n=0),p.alloc(+n)}p.isBuffer=function(t){return t!=null&&t._isBuffer===!0&&t!==p.prototype};p.compare=function(t,e){if(ue(t,Uint8Array)&&(t=p.from(t,t.offset,t.byteLength)),ue(e,Uint8Array)&&(e=p.from(e,e.offset,e.byteLength)),!p.isBuffer(t)||!p.isBuffer(e))throw new TypeError('The "buf1", "buf2" arguments must be one of type Buffer or Uint8Array');if(t===e)return 0;let s=t.length,r=e.length;for(let i=0,o=Math.min(s,r);i<o;++i)if(t[i]!==e[i]){s=t[i],r=e[i];break}return s<r?-1:r<s?1:0};p.isEncoding=function(t){switch(String(t).toLowerCase()){case"hex":case"utf8":case"utf-8":case"ascii":case"latin1":case"binary":case"base64":case"ucs2":case"ucs-2":case"utf16le":case"utf-16le":return!0;default:return!1}};p.concat=function(t,e){if(!Array.isArray(t))throw new TypeError('"list" argument must be an Array of Buffers');if(t.length===0)return p.alloc(0);let s;if(e===void 0)for(e=0,s=0;s<t.length;++s)e+=t[s].length;let r=p.allocUnsafe(e),i=0;for(s=0;s<t.length;++s){let o=t[s];if(ue(o,Uint8Array))i+o.length>r.length?(p.isBuffer(o)||(o=p.from(o)),o.copy(r,i)):Uint8Array.prototype.set.call(r,o,i);else if(p.isBuffer(o))o.copy(r,i);else throw new TypeError('"list" argument must be an Array of Buffers');i+=o.length}return r};function yr(n,t){if(p.isBuffer(n))return n.length;if(ArrayBuffer.isView(n)||ue(n,ArrayBuffer))return n.byteLength;if(typeof n!="string")throw new TypeError('The "string" argument must be one of type string, Buffer, or ArrayBuffer. Received type '+typeof n);let e=n.length,s=arguments.length>2&&arguments[2]===!0;if(!s&&e===0)return 0;let r=!1;for(;;)switch(t){case"ascii":case"latin1":case"binary":return e;case"utf8":case"utf-8":return Nt(n).length;case"ucs2":case"ucs-2":case"utf16le":case"utf-16le":return e*2;case"hex":return e>>>1;case"base64":return Br(n).length;default:if(r)return s?-1:Nt(n).length;t=(""+t).toLowerCase(),r=!0}}p.byteLength=yr;function Hi(n,t,e){let s=!1;if((t===void 0||t<0)&&(t=0),t>this.length||((e===void 0||e>this.length)&&(e=this.length),e<=0)||(e>>>=0,t>>>=0,e<=t))return"";for(n||(n="utf8");;)switch(n){case"hex":return co(this,t,e);case"utf8":case"utf-8":return wr(this,t,e);case"ascii":return ao(this,t,e);case"latin1":case"binary":return uo(this,t,e);case"base64":return oo(this,t,e);case"ucs2":case"ucs-2":case"utf16le":case"utf-16le":return fo(this,t,e);default:if(s)throw new TypeError("Unknown encoding: "+n);n=(n+"").toLowerCase(),s=!0}}p.prototype._isBuffer=!0;function Ae(n,t,e){let s=n[t];n[t]=n[e],n[e]=s}p.prototype.swap16=function(){let t=this.length;if(t%2!==0)throw new RangeError("Buffer size must be a multiple of 16-bits");for(let e=0;e<t;e+=2)Ae(this,e,e+1);return this};p.prototype.swap32=function(){let t=this.length;if(t%4!==0)throw new RangeError("Buffer size must be a multiple of 32-bits");for(let e=0;e<t;e+=4)Ae(this,e,e+3),Ae(this,e+1,e+2);return this};p.prototype.swap64=function(){let t=this.length;if(t%8!==0)throw new RangeError("Buffer size must be a multiple of 64-bits");for(let e=0;e<t;e+=8)Ae(this,e,e+7),Ae(this,e+1,e+6),Ae(this,e+2,e+5),Ae(this,e+3,e+4);return this};p.prototype.toString=function(){let t=this.length;return t===0?"":arguments.length===0?wr(this,0,t):Hi.apply(this,arguments)};p.prototype.toLocaleString=p.prototype.toString;p.prototype.equals=function(t){if(!p.isBuffer(t))throw new TypeError("Argument must be a Buffer");return this===t?!0:p.compare(this,t)===0};p.prototype.inspect=function(){let t="",e=Ue.INSPECT_MAX_BYTES;return t=this.toString("hex",0,e).replace(/(.{2})/g,"$1 ").trim(),this.length>e&&(t+=" ... "),"<Buffer "+t+">"};cr&&(p.prototype[cr]=p.prototype.inspect);p.prototype.compare=function(t,e,s,r,i){if(ue(t,Uint8Array)&&(t=p.from(t,t.offset,t.byteLength)),!p.isBuffer(t))throw new TypeError('The "target" argument must be one of type Buffer or Uint8Array. Received type '+typeof t);if(e===void 0&&(e=0),s===void 0&&(s=t?t.length:0),r===void 0&&(r=0),i===void 0&&(i=this.length),e<0||s>t.length||r<0||i>this.length)throw new RangeError("out of range index");if(r>=i&&e>=s)return 0;if(r>=i)return-1;if(e>=s)return 1;if(e>>>=0,s>>>=0,r>>>=0,i>>>=0,this===t)return 0;let o=i-r,a=s-e,c=Math.min(o,a),w=this.slice(r,i),v=t.slice(e,s);for(let I=0;I<c;++I)if(w[I]!==v[I]){o=w[I],a=v[I];break}return o<a?-1:a<o?1:0};function gr(n,t,e,s,r){if(n.length===0)return-1;if(typeof e=="string"?(s=e,e=0):e>2147483647?e=2147483647:e<-2147483648&&(e=-2147483648),e=+e,jt(e)&&(e=r?0:n.length-1),e<0&&(e=n.length+e),e>=n.length){if(r)return-1;e=n.length-1}else if(e<0)if(r)e=0;else return-1;if(typeof t=="string"&&(t=p.from(t,s)),p.isBuffer(t))return t.length===0?-1:fr(n,t,e,s,r);if(typeof t=="number")return t=t&255,typeof Uint8Array.prototype.indexOf=="function"?r?Uint8Array.prototype.indexOf.call(n,t,e):Uint8Array.prototype.lastIndexOf.call(n,t,e):fr(n,[t],e,s,r);throw new TypeError("val must be string, number or Buffer")}function fr(n,t,e,s,r){let i=1,o=n.length,a=t.length;if(s!==void 0&&(s=String(s).toLowerCase(),s==="ucs2"||s==="ucs-2"||s==="utf16le"||s==="utf-16le")){if(n.length<2||t.length<2)return-1;i=2,o/=2,a/=2,e/=2}function c(v,I){return i===1?v[I]:v.readUInt16BE(I*i)}let w;if(r){let v=-1;for(w=e;w<o;w++)if(c(n,w)===c(t,v===-1?0:w-v)){if(v===-1&&(v=w),w-v+1===a)return v*i}else v!==-1&&(w-=w-v),v=-1}else for(e+a>o&&(e=o-a),w=e;w>=0;w--){let v=!0;for(let I=0;I<a;I++)if(c(n,w+I)!==c(t,I)){v=!1;break}if(v)return w}return-1}p.prototype.includes=function(t,e,s){return this.indexOf(t,e,s)!==-1};p.prototype.indexOf=function(t,e,s){return gr(this,t,e,s,!0)};p.prototype.lastIndexOf=function(t,e,s){return gr(this,t,e,s,!1)};function eo(n,t,e,s){e=Number(e)||0;let r=n.length-e;s?(s=Number(s),s>r&&(s=r)):s=r;let i=t.length;s>i/2&&(s=i/2);let o;for(o=0;o<s;++o){let a=parseInt(t.substr(o*2,2),16);if(jt(a))return o;n[e+o]=a}return o}function to(n,t,e,s){return ut(Nt(t,n.length-e),n,e,s)}function ro(n,t,e,s){return ut(yo(t),n,e,s)}function no(n,t,e,s){return ut(Br(t),n,e,s)}function io(n,t,e,s){return ut(go(t,n.length-e),n,e,s)}p.prototype.write=function(t,e,s,r){if(e===void 0)r="utf8",s=this.length,e=0;else if(s===void 0&&typeof e=="string")r=e,s=this.length,e=0;else if(isFinite(e))e=e>>>0,isFinite(s)?(s=s>>>0,r===void 0&&(r="utf8")):(r=s,s=void 0);else throw new Error("Buffer.write(string, encoding, offset[, length]) is no longer supported");let i=this.length-e;if((s===void 0||s>i)&&(s=i),t.length>0&&(s<0||e<0)||e>this.length)throw new RangeError("Attempt to write outside buffer bounds");r||(r="utf8");let o=!1;for(;;)switch(r){case"hex":return eo(this,t,e,s);case"utf8":case"utf-8":return to(this,t,e,s);case"ascii":case"latin1":case"binary":return ro(this,t,e,s);case"base64":return no(this,t,e,s);case"ucs2":case"ucs-2":case"utf16le":case"utf-16le":return io(this,t,e,s);default:if(o)throw new TypeError("Unknown encoding: "+r);r=(""+r).toLowerCase(),o=!0}};p.prototype.toJSON=function(){return{type:"Buffer",data:Array.prototype.slice.call(this._arr||this,0)}};function oo(n,t,e){return t===0&&e===n.length?Mt.fromByteArray(n):Mt.fromByteArray(n.slice(t,e))}function wr(n,t,e){e=Math.min(n.length,e);let s=[],r=t;for(;r<e;){let i=n[r],o=null,a=i>239?4:i>223?3:i>191?2:1;if(r+a<=e){let c,w,v,I;switch(a){case 1:i<128&&(o=i);break;case 2:c=n[r+1],(c&192)===128&&(I=(i&31)<<6|c&63,I>127&&(o=I));break;case 3:c=n[r+1],w=n[r+2],(c&192)===128&&(w&192)===128&&(I=(i&15)<<12|(c&63)<<6|w&63,I>2047&&(I<55296||I>57343)&&(o=I));break;case 4:c=n[r+1],w=n[r+2],v=n[r+3],(c&192)===128&&(w&192)===128&&(v&192)===128&&(I=(i&15)<<18|(c&63)<<12|(w&63)<<6|v&63,I>65535&&I<1114112&&(o=I))}}o===null?(o=65533,a=1):o>65535&&(o-=65536,s.push(o>>>10&1023|55296),o=56320|o&1023),s.push(o),r+=a}return so(s)}var lr=4096;function so(n){let t=n.length;if(t<=lr)return String.fromCharCode.apply(String,n);let e="",s=0;for(;s<t;)e+=String.fromCharCode.apply(String,n.slice(s,s+=lr));return e}function ao(n,t,e){let s="";e=Math.min(n.length,e);for(let r=t;r<e;++r)s+=String.fromCharCode(n[r]&127);return s}function uo(n,t,e){let s="";e=Math.min(n.length,e);for(let r=t;r<e;++r)s+=String.fromCharCode(n[r]);return s}function co(n,t,e){let s=n.length;(!t||t<0)&&(t=0),(!e||e<0||e>s)&&(e=s);let r="";for(let i=t;i<e;++i)r+=wo[n[i]];return r}function fo(n,t,e){let s=n.slice(t,e),r="";for(let i=0;i<s.length-1;i+=2)r+=String.fromCharCode(s[i]+s[i+1]*256);return r}p.prototype.slice=function(t,e){let s=this.length;t=~~t,e=e===void 0?s:~~e,t<0?(t+=s,t<0&&(t=0)):t>s&&(t=s),e<0?(e+=s,e<0&&(e=0)):e>s&&(e=s),e<t&&(e=t);let r=this.subarray(t,e);return Object.setPrototypeOf(r,p.prototype),r};function G(n,t,e){if(n%1!==0||n<0)throw new RangeError("offset is not uint");if(n+t>e)throw new RangeError("Trying to access beyond buffer length")}p.prototype.readUintLE=p.prototype.readUIntLE=function(t,e,s){t=t>>>0,e=e>>>0,s||G(t,e,this.length);let r=this[t],i=1,o=0;for(;++o<e&&(i*=256);)r+=this[t+o]*i;return r};p.prototype.readUintBE=p.prototype.readUIntBE=function(t,e,s){t=t>>>0,e=e>>>0,s||G(t,e,this.length);let r=this[t+--e],i=1;for(;e>0&&(i*=256);)r+=this[t+--e]*i;return r};p.prototype.readUint8=p.prototype.readUInt8=function(t,e){return t=t>>>0,e||G(t,1,this.length),this[t]};p.prototype.readUint16LE=p.prototype.readUInt16LE=function(t,e){return t=t>>>0,e||G(t,2,this.length),this[t]|this[t+1]<<8};p.prototype.readUint16BE=p.prototype.readUInt16BE=function(t,e){return t=t>>>0,e||G(t,2,this.length),this[t]<<8|this[t+1]};p.prototype.readUint32LE=p.prototype.readUInt32LE=function(t,e){return t=t>>>0,e||G(t,4,this.length),(this[t]|this[t+1]<<8|this[t+2]<<16)+this[t+3]*16777216};p.prototype.readUint32BE=p.prototype.readUInt32BE=function(t,e){return t=t>>>0,e||G(t,4,this.length),this[t]*16777216+(this[t+1]<<16|this[t+2]<<8|this[t+3])};p.prototype.readBigUInt64LE=we(function(t){t=t>>>0,Ce(t,"offset");let e=this[t],s=this[t+7];(e===void 0||s===void 0)&&We(t,this.length-8);let r=e+this[++t]*2**8+this[++t]*2**16+this[++t]*2**24,i=this[++t]+this[++t]*2**8+this[++t]*2**16+s*2**24;return BigInt(r)+(BigInt(i)<<BigInt(32))});p.prototype.readBigUInt64BE=we(function(t){t=t>>>0,Ce(t,"offset");let e=this[t],s=this[t+7];(e===void 0||s===void 0)&&We(t,this.length-8);let r=e*2**24+this[++t]*2**16+this[++t]*2**8+this[++t],i=this[++t]*2**24+this[++t]*2**16+this[++t]*2**8+s;return(BigInt(r)<<BigInt(32))+BigInt(i)});p.prototype.readIntLE=function(t,e,s){t=t>>>0,e=e>>>0,s||G(t,e,this.length);let r=this[t],i=1,o=0;for(;++o<e&&(i*=256);)r+=this[t+o]*i;return i*=128,r>=i&&(r-=Math.pow(2,8*e)),r};p.prototype.readIntBE=function(t,e,s){t=t>>>0,e=e>>>0,s||G(t,e,this.length);let r=e,i=1,o=this[t+--r];for(;r>0&&(i*=256);)o+=this[t+--r]*i;return i*=128,o>=i&&(o-=Math.pow(2,8*e)),o};p.prototype.readInt8=function(t,e){return t=t>>>0,e||G(t,1,this.length),this[t]&128?(255-this[t]+1)*-1:this[t]};p.prototype.readInt16LE=function(t,e){t=t>>>0,e||G(t,2,this.length);let s=this[t]|this[t+1]<<8;return s&32768?s|4294901760:s};p.prototype.readInt16BE=function(t,e){t=t>>>0,e||G(t,2,this.length);let s=this[t+1]|this[t]<<8;return s&32768?s|4294901760:s};p.prototype.readInt32LE=function(t,e){return t=t>>>0,e||G(t,4,this.length),this[t]|this[t+1]<<8|this[t+2]<<16|this[t+3]<<24};p.prototype.readInt32BE=function(t,e){return t=t>>>0,e||G(t,4,this.length),this[t]<<24|this[t+1]<<16|this[t+2]<<8|this[t+3]};p.prototype.readBigInt64LE=we(function(t){t=t>>>0,Ce(t,"offset");let e=this[t],s=this[t+7];(e===void 0||s===void 0)&&We(t,this.length-8);let r=this[t+4]+this[t+5]*2**8+this[t+6]*2**16+(s<<24);return(BigInt(r)<<BigInt(32))+BigInt(e+this[++t]*2**8+this[++t]*2**16+this[++t]*2**24)});p.prototype.readBigInt64BE=we(function(t){t=t>>>0,Ce(t,"offset");let e=this[t],s=this[t+7];(e===void 0||s===void 0)&&We(t,this.length-8);let r=(e<<24)+this[++t]*2**16+this[++t]*2**8+this[++t];return(BigInt(r)<<BigInt(32))+BigInt(this[++t]*2**24+this[++t]*2**16+this[++t]*2**8+s)});p.prototype.readFloatLE=function(t,e){return t=t>>>0,e||G(t,4,this.length),De.read(this,t,!0,23,4)};p.prototype.readFloatBE=function(t,e){return t=t>>>0,e||G(t,4,this.length),De.read(this,t,!1,23,4)};p.prototype.readDoubleLE=function(t,e){return t=t>>>0,e||G(t,8,this.length),De.read(this,t,!0,52,8)};p.prototype.readDoubleBE=function(t,e){return t=t>>>0,e||G(t,8,this.length),De.read(this,t,!1,52,8)};function H(n,t,e,s,r,i){if(!p.isBuffer(n))throw new TypeError('"buffer" argument must be a Buffer instance');if(t>r||t<i)throw new RangeError('"value" argument is out of bounds');if(e+s>n.length)throw new RangeError("Index out of range")}p.prototype.writeUintLE=p.prototype.writeUIntLE=function(t,e,s,r){if(t=+t,e=e>>>0,s=s>>>0,!r){let a=Math.pow(2,8*s)-1;H(this,t,e,s,a,0)}let i=1,o=0;for(this[e]=t&255;++o<s&&(i*=256);)this[e+o]=t/i&255;return e+s};p.prototype.writeUintBE=p.prototype.writeUIntBE=function(t,e,s,r){if(t=+t,e=e>>>0,s=s>>>0,!r){let a=Math.pow(2,8*s)-1;H(this,t,e,s,a,0)}let i=s-1,o=1;for(this[e+i]=t&255;--i>=0&&(o*=256);)this[e+i]=t/o&255;return e+s};p.prototype.writeUint8=p.prototype.writeUInt8=function(t,e,s){return t=+t,e=e>>>0,s||H(this,t,e,1,255,0),this[e]=t&255,e+1};p.prototype.writeUint16LE=p.prototype.writeUInt16LE=function(t,e,s){return t=+t,e=e>>>0,s||H(this,t,e,2,65535,0),this[e]=t&255,this[e+1]=t>>>8,e+2};p.prototype.writeUint16BE=p.prototype.writeUInt16BE=function(t,e,s){return t=+t,e=e>>>0,s||H(this,t,e,2,65535,0),this[e]=t>>>8,this[e+1]=t&255,e+2};p.prototype.writeUint32LE=p.prototype.writeUInt32LE=function(t,e,s){return t=+t,e=e>>>0,s||H(this,t,e,4,4294967295,0),this[e+3]=t>>>24,this[e+2]=t>>>16,this[e+1]=t>>>8,this[e]=t&255,e+4};p.prototype.writeUint32BE=p.prototype.writeUInt32BE=function(t,e,s){return t=+t,e=e>>>0,s||H(this,t,e,4,4294967295,0),this[e]=t>>>24,this[e+1]=t>>>16,this[e+2]=t>>>8,this[e+3]=t&255,e+4};function mr(n,t,e,s,r){Ar(t,s,r,n,e,7);let i=Number(t&BigInt(4294967295));n[e++]=i,i=i>>8,n[e++]=i,i=i>>8,n[e++]=i,i=i>>8,n[e++]=i;let o=Number(t>>BigInt(32)&BigInt(4294967295));return n[e++]=o,o=o>>8,n[e++]=o,o=o>>8,n[e++]=o,o=o>>8,n[e++]=o,e}function br(n,t,e,s,r){Ar(t,s,r,n,e,7);let i=Number(t&BigInt(4294967295));n[e+7]=i,i=i>>8,n[e+6]=i,i=i>>8,n[e+5]=i,i=i>>8,n[e+4]=i;let o=Number(t>>BigInt(32)&BigInt(4294967295));return n[e+3]=o,o=o>>8,n[e+2]=o,o=o>>8,n[e+1]=o,o=o>>8,n[e]=o,e+8}p.prototype.writeBigUInt64LE=we(function(t,e=0){return mr(this,t,e,BigInt(0),BigInt("0xffffffffffffffff"))});p.prototype.writeBigUInt64BE=we(function(t,e=0){return br(this,t,e,BigInt(0),BigInt("0xffffffffffffffff"))});p.prototype.writeIntLE=function(t,e,s,r){if(t=+t,e=e>>>0,!r){let c=Math.pow(2,8*s-1);H(this,t,e,s,c-1,-c)}let i=0,o=1,a=0;for(this[e]=t&255;++i<s&&(o*=256);)t<0&&a===0&&this[e+i-1]!==0&&(a=1),this[e+i]=(t/o>>0)-a&255;return e+s};p.prototype.writeIntBE=function(t,e,s,r){if(t=+t,e=e>>>0,!r){let c=Math.pow(2,8*s-1);H(this,t,e,s,c-1,-c)}let i=s-1,o=1,a=0;for(this[e+i]=t&255;--i>=0&&(o*=256);)t<0&&a===0&&this[e+i+1]!==0&&(a=1),this[e+i]=(t/o>>0)-a&255;return e+s};p.prototype.writeInt8=function(t,e,s){return t=+t,e=e>>>0,s||H(this,t,e,1,127,-128),t<0&&(t=255+t+1),this[e]=t&255,e+1};p.prototype.writeInt16LE=function(t,e,s){return t=+t,e=e>>>0,s||H(this,t,e,2,32767,-32768),this[e]=t&255,this[e+1]=t>>>8,e+2};p.prototype.writeInt16BE=function(t,e,s){return t=+t,e=e>>>0,s||H(this,t,e,2,32767,-32768),this[e]=t>>>8,this[e+1]=t&255,e+2};p.prototype.writeInt32LE=function(t,e,s){return t=+t,e=e>>>0,s||H(this,t,e,4,2147483647,-2147483648),this[e]=t&255,this[e+1]=t>>>8,this[e+2]=t>>>16,this[e+3]=t>>>24,e+4};p.prototype.writeInt32BE=function(t,e,s){return t=+t,e=e>>>0,s||H(this,t,e,4,2147483647,-2147483648),t<0&&(t=4294967295+t+1),this[e]=t>>>24,this[e+1]=t>>>16,this[e+2]=t>>>8,this[e+3]=t&255,e+4};p.prototype.writeBigInt64LE=we(function(t,e=0){return mr(this,t,e,-BigInt("0x8000000000000000"),BigInt("0x7fffffffffffffff"))});p.prototype.writeBigInt64BE=we(function(t,e=0){return br(this,t,e,-BigInt("0x8000000000000000"),BigInt("0x7fffffffffffffff"))});function xr(n,t,e,s,r,i){if(e+s>n.length)throw new RangeError("Index out of range");if(e<0)throw new RangeError("Index out of range")}function vr(n,t,e,s,r){return t=+t,e=e>>>0,r||xr(n,t,e,4,34028234663852886e22,-34028234663852886e22),De.write(n,t,e,s,23,4),e+4}p.prototype.writeFloatLE=function(t,e,s){return vr(this,t,e,!0,s)};p.prototype.writeFloatBE=function(t,e,s){return vr(this,t,e,!1,s)};function Er(n,t,e,s,r){return t=+t,e=e>>>0,r||xr(n,t,e,8,17976931348623157e292,-17976931348623157e292),De.write(n,t,e,s,52,8),e+8}p.prototype.writeDoubleLE=function(t,e,s){return Er(this,t,e,!0,s)};p.prototype.writeDoubleBE=function(t,e,s){return Er(this,t,e,!1,s)};p.prototype.copy=function(t,e,s,r){if(!p.isBuffer(t))throw new TypeError("argument should be a Buffer");if(s||(s=0),!r&&r!==0&&(r=this.length),e>=t.length&&(e=t.length),e||(e=0),r>0&&r<s&&(r=s),r===s||t.length===0||this.length===0)return 0;if(e<0)throw new RangeError("targetStart out of bounds");if(s<0||s>=this.length)throw new RangeError("Index out of range");if(r<0)throw new RangeError("sourceEnd out of bounds");r>this.length&&(r=this.length),t.length-e<r-s&&(r=t.length-e+s);let i=r-s;return this===t&&typeof Uint8Array.prototype.copyWithin=="function"?this.copyWithin(e,s,r):Uint8Array.prototype.set.call(t,this.subarray(s,r),e),i};p.prototype.fill=function(t,e,s,r){if(typeof t=="string"){if(typeof e=="string"?(r=e,e=0,s=this.length):typeof s=="string"&&(r=s,s=this.length),r!==void 0&&typeof r!="string")throw new TypeError("encoding must be a string");if(typeof r=="string"&&!p.isEncoding(r))throw new TypeError("Unknown encoding: "+r);if(t.length===1){let o=t.charCodeAt(0);(r==="utf8"&&o<128||r==="latin1")&&(t=o)}}else typeof t=="number"?t=t&255:typeof t=="boolean"&&(t=Number(t));if(e<0||this.length<e||this.length<s)throw new RangeError("Out of range index");if(s<=e)return this;e=e>>>0,s=s===void 0?this.length:s>>>0,t||(t=0);let i;if(typeof t=="number")for(i=e;i<s;++i)this[i]=t;else{let o=p.isBuffer(t)?t:p.from(t,r),a=o.length;if(a===0)throw new TypeError('The value "'+t+'" is invalid for argument "value"');for(i=0;i<s-e;++i)this[i+e]=o[i%a]}return this};var je={};function qt(n,t,e){je[n]=class extends e{constructor(){super(),Object.defineProperty(this,"message",{value:t.apply(this,arguments),writable:!0,configurable:!0}),this.name=`${this.name} [${n}]`,this.stack,delete this.name}get code(){return n}set code(r){Object.defineProperty(this,"code",{configurable:!0,enumerable:!0,value:r,writable:!0})}toString(){return`${this.name} [${n}]: ${this.message}`}}}qt("ERR_BUFFER_OUT_OF_BOUNDS",function(n){return n?`${n} is outside of buffer bounds`:"Attempt to access memory outside buffer bounds"},RangeError);qt("ERR_INVALID_ARG_TYPE",function(n,t){return`The "${n}" argument must be of type number. Received type ${typeof t}`},TypeError);qt("ERR_OUT_OF_RANGE",function(n,t,e){let s=`The value of "${n}" is out of range.`,r=e;return Number.isInteger(e)&&Math.abs(e)>2**32?r=hr(String(e)):typeof e=="bigint"&&(r=String(e),(e>BigInt(2)**BigInt(32)||e<-(BigInt(2)**BigInt(32)))&&(r=hr(r)),r+="n"),s+=` It must be ${t}. Received ${r}`,s},RangeError);function hr(n){let t="",e=n.length,s=n[0]==="-"?1:0;for(;e>=s+4;e-=3)t=`_${n.slice(e-3,e)}${t}`;return`${n.slice(0,e)}${t}`}function lo(n,t,e){Ce(t,"offset"),(n[t]===void 0||n[t+e]===void 0)&&We(t,n.length-(e+1))}function Ar(n,t,e,s,r,i){if(n>e||n<t){let o=typeof t=="bigint"?"n":"",a;throw i>3?t===0||t===BigInt(0)?a=`>= 0${o} and < 2${o} ** ${(i+1)*8}${o}`:a=`>= -(2${o} ** ${(i+1)*8-1}${o}) and < 2 ** ${(i+1)*8-1}${o}`:a=`>= ${t}${o} and <= ${e}${o}`,new je.ERR_OUT_OF_RANGE("value",a,n)}lo(s,r,i)}function Ce(n,t){if(typeof n!="number")throw new je.ERR_INVALID_ARG_TYPE(t,"number",n)}function We(n,t,e){throw Math.floor(n)!==n?(Ce(n,e),new je.ERR_OUT_OF_RANGE(e||"offset","an integer",n)):t<0?new je.ERR_BUFFER_OUT_OF_BOUNDS:new je.ERR_OUT_OF_RANGE(e||"offset",`>= ${e?1:0} and <= ${t}`,n)}var ho=/[^+/0-9A-Za-z-_]/g;function po(n){if(n=n.split("=")[0],n=n.trim().replace(ho,""),n.length<2)return"";for(;n.length%4!==0;)n=n+"=";return n}function Nt(n,t){t=t||1/0;let e,s=n.length,r=null,i=[];for(let o=0;o<s;++o){if(e=n.charCodeAt(o),e>55295&&e<57344){if(!r){if(e>56319){(t-=3)>-1&&i.push(239,191,189);continue}else if(o+1===s){(t-=3)>-1&&i.push(239,191,189);continue}r=e;continue}if(e<56320){(t-=3)>-1&&i.push(239,191,189),r=e;continue}e=(r-55296<<10|e-56320)+65536}else r&&(t-=3)>-1&&i.push(239,191,189);if(r=null,e<128){if((t-=1)<0)break;i.push(e)}else if(e<2048){if((t-=2)<0)break;i.push(e>>6|192,e&63|128)}else if(e<65536){if((t-=3)<0)break;i.push(e>>12|224,e>>6&63|128,e&63|128)}else if(e<1114112){if((t-=4)<0)break;i.push(e>>18|240,e>>12&63|128,e>>6&63|128,e&63|128)}else throw new Error("Invalid code point")}return i}function yo(n){let t=[];for(let e=0;e<n.length;++e)t.push(n.charCodeAt(e)&255);return t}function go(n,t){let e,s,r,i=[];for(let o=0;o<n.length&&!((t-=2)<0);++o)e=n.charCodeAt(o),s=e>>8,r=e%256,i.push(r),i.push(s);return i}function Br(n){return Mt.toByteArray(po(n))}function ut(n,t,e,s){let r;for(r=0;r<s&&!(r+e>=t.length||r>=n.length);++r)t[r+e]=n[r];return r}function ue(n,t){return n instanceof t||n!=null&&n.constructor!=null&&n.constructor.name!=null&&n.constructor.name===t.name}function jt(n){return n!==n}var wo=(function(){let n="0123456789abcdef",t=new Array(256);for(let e=0;e<16;++e){let s=e*16;for(let r=0;r<16;++r)t[s+r]=n[e]+n[r]}return t})();function we(n){return typeof BigInt=="undefined"?mo:n}function mo(){throw new Error("BigInt not supported")}});var Nr=O((Ts,Tr)=>{x();var W=Tr.exports={},ce,fe;function Dt(){throw new Error("setTimeout has not been defined")}function Ct(){throw new Error("clearTimeout has not been defined")}(function(){try{typeof setTimeout=="function"?ce=setTimeout:ce=Dt}catch(n){ce=Dt}try{typeof clearTimeout=="function"?fe=clearTimeout:fe=Ct}catch(n){fe=Ct}})();function Ir(n){if(ce===setTimeout)return setTimeout(n,0);if((ce===Dt||!ce)&&setTimeout)return ce=setTimeout,setTimeout(n,0);try{return ce(n,0)}catch(t){try{return ce.call(null,n,0)}catch(e){return ce.call(this,n,0)}}}function bo(n){if(fe===clearTimeout)return clearTimeout(n);if((fe===Ct||!fe)&&clearTimeout)return fe=clearTimeout,clearTimeout(n);try{return fe(n)}catch(t){try{return fe.call(null,n)}catch(e){return fe.call(this,n)}}}var pe=[],ke=!1,Be,ct=-1;function xo(){!ke||!Be||(ke=!1,Be.length?pe=Be.concat(pe):ct=-1,pe.length&&Mr())}function Mr(){if(!ke){var n=Ir(xo);ke=!0;for(var t=pe.length;t;){for(Be=pe,pe=[];++ct<t;)Be&&Be[ct].run();ct=-1,t=pe.length}Be=null,ke=!1,bo(n)}}W.nextTick=function(n){var t=new Array(arguments.length-1);if(arguments.length>1)for(var e=1;e<arguments.length;e++)t[e-1]=arguments[e];pe.push(new Pr(n,t)),pe.length===1&&!ke&&Ir(Mr)};function Pr(n,t){this.fun=n,this.array=t}Pr.prototype.run=function(){this.fun.apply(null,this.array)};W.title="browser";W.browser=!0;W.env={};W.argv=[];W.version="";W.versions={};function de(){}W.on=de;W.addListener=de;W.once=de;W.off=de;W.removeListener=de;W.removeAllListeners=de;W.emit=de;W.prependListener=de;W.prependOnceListener=de;W.listeners=function(n){return[]};W.binding=function(n){throw new Error("process.binding is not supported")};W.cwd=function(){return"/"};W.chdir=function(n){throw new Error("process.chdir is not supported")};W.umask=function(){return 0}});function vo(){var n=globalThis.Buffer;return typeof n=="function"&&typeof n.isBuffer=="function"&&typeof n.from=="function"?n:void 0}var Or,Fr,T,N,x=ki(()=>{Or=ir(Sr()),Fr=ir(Nr());T=vo()||Or.Buffer,N=Fr.default});var Ut=O((Fs,jr)=>{x();function qr(){var n=[].slice.call(arguments);function t(e,s){Object.keys(s).forEach(function(r){~n.indexOf(r)||(e[r]=s[r])})}return function(){for(var s=[].slice.call(arguments),r=0,i={};r<s.length;r++)t(i,s[r]);return i}}jr.exports=Se;function Se(n,t,e){var s=qr("name","message","stack","constructor","toJSON"),r=s(t||{});this.message=n||"Unspecified AssertionError",this.showDiff=!1;for(var i in r)this[i]=r[i];if(e=e||Se,Error.captureStackTrace)Error.captureStackTrace(this,e);else try{throw new Error}catch(o){this.stack=o.stack}}Se.prototype=Object.create(Error.prototype);Se.prototype.name="AssertionError";Se.prototype.constructor=Se;Se.prototype.toJSON=function(n){var t=qr("constructor","toJSON","stack"),e=t({name:this.name},this);return n!==!1&&this.stack&&(e.stack=this.stack),e}});var Rr=O((js,zr)=>{"use strict";x();function Cr(n,t){return typeof n=="undefined"||n===null?!1:t in Object(n)}function Ur(n){var t=n.replace(/([^\\])\[/g,"$1.["),e=t.match(/(\\\.|[^.]+?)+/g);return e.map(function(r){if(r==="constructor"||r==="__proto__"||r==="prototype")return{};var i=/^\[(\d+)\]$/,o=i.exec(r),a=null;return o?a={i:parseFloat(o[1])}:a={p:r.replace(/\\([.[\]])/g,"$1")},a})}function Dr(n,t,e){var s=n,r=null;e=typeof e=="undefined"?t.length:e;for(var i=0;i<e;i++){var o=t[i];s&&(typeof o.p=="undefined"?s=s[o.i]:s=s[o.p],i===e-1&&(r=s))}return r}function Eo(n,t,e){for(var s=n,r=e.length,i=null,o=0;o<r;o++){var a=null,c=null;if(i=e[o],o===r-1)a=typeof i.p=="undefined"?i.i:i.p,s[a]=t;else if(typeof i.p!="undefined"&&s[i.p])s=s[i.p];else if(typeof i.i!="undefined"&&s[i.i])s=s[i.i];else{var w=e[o+1];a=typeof i.p=="undefined"?i.i:i.p,c=typeof w.p=="undefined"?[]:{},s[a]=c,s=s[a]}}}function kr(n,t){var e=Ur(t),s=e[e.length-1],r={parent:e.length>1?Dr(n,e,e.length-1):n,name:s.p||s.i,value:Dr(n,e)};return r.exists=Cr(r.parent,r.name),r}function Ao(n,t){var e=kr(n,t);return e.value}function Bo(n,t,e){var s=Ur(t);return Eo(n,e,s),n}zr.exports={hasProperty:Cr,getPathInfo:kr,getPathValue:Ao,setPathValue:Bo}});var oe=O((Cs,ft)=>{x();ft.exports=function(t,e,s){var r=t.__flags||(t.__flags=Object.create(null));if(arguments.length===3)r[e]=s;else return r[e]};ft.exports=__courier.flag(ft.exports,function(n,t,e){n[t]=e},function(n){return new n})});var Lr=O((ks,_r)=>{x();var So=oe();_r.exports=function(t,e){var s=So(t,"negate"),r=e[0];return s?!r:r}});var Ge=O((kt,zt)=>{x();(function(n,t){typeof kt=="object"&&typeof zt!="undefined"?zt.exports=t():typeof define=="function"&&define.amd?define(t):(n=typeof globalThis!="undefined"?globalThis:n||self,n.typeDetect=t())})(kt,(function(){"use strict";var n=typeof Promise=="function",t=(function(K){if(typeof globalThis=="object")return globalThis;Object.defineProperty(K,"typeDetectGlobalObject",{get:function(){return this},configurable:!0});var se=typeDetectGlobalObject;return delete K.typeDetectGlobalObject,se})(Object.prototype),e=typeof Symbol!="undefined",s=typeof Map!="undefined",r=typeof Set!="undefined",i=typeof WeakMap!="undefined",o=typeof WeakSet!="undefined",a=typeof DataView!="undefined",c=e&&typeof Symbol.iterator!="undefined",w=e&&typeof Symbol.toStringTag!="undefined",v=r&&typeof Set.prototype.entries=="function",I=s&&typeof Map.prototype.entries=="function",Z=v&&Object.getPrototypeOf(new Set().entries()),R=I&&Object.getPrototypeOf(new Map().entries()),V=c&&typeof Array.prototype[Symbol.iterator]=="function",te=V&&Object.getPrototypeOf([][Symbol.iterator]()),re=c&&typeof String.prototype[Symbol.iterator]=="function",Pe=re&&Object.getPrototypeOf(""[Symbol.iterator]()),Te=8,Ne=-1;function Oe(K){var se=typeof K;if(se!=="object")return se;if(K===null)return"null";if(K===t)return"global";if(Array.isArray(K)&&(w===!1||!(Symbol.toStringTag in K)))return"Array";if(typeof window=="object"&&window!==null){if(typeof window.location=="object"&&K===window.location)return"Location";if(typeof window.document=="object"&&K===window.document)return"Document";if(typeof window.navigator=="object"){if(typeof window.navigator.mimeTypes=="object"&&K===window.navigator.mimeTypes)return"MimeTypeArray";if(typeof window.navigator.plugins=="object"&&K===window.navigator.plugins)return"PluginArray"}if((typeof window.HTMLElement=="function"||typeof window.HTMLElement=="object")&&K instanceof window.HTMLElement){if(K.tagName==="BLOCKQUOTE")return"HTMLQuoteElement";if(K.tagName==="TD")return"HTMLTableDataCellElement";if(K.tagName==="TH")return"HTMLTableHeaderCellElement"}}var ye=w&&K[Symbol.toStringTag];if(typeof ye=="string")return ye;var _=Object.getPrototypeOf(K);return _===RegExp.prototype?"RegExp":_===Date.prototype?"Date":n&&_===Promise.prototype?"Promise":r&&_===Set.prototype?"Set":s&&_===Map.prototype?"Map":o&&_===WeakSet.prototype?"WeakSet":i&&_===WeakMap.prototype?"WeakMap":a&&_===DataView.prototype?"DataView":s&&_===R?"Map Iterator":r&&_===Z?"Set Iterator":V&&_===te?"Array Iterator":re&&_===Pe?"String Iterator":_===null?"Object":Object.prototype.toString.call(K).slice(Te,Ne)}return Oe}))});var $r=O((_s,Vr)=>{x();var Io=Ut(),Rt=oe(),Mo=Ge();Vr.exports=function(t,e){var s=Rt(t,"message"),r=Rt(t,"ssfi");s=s?s+": ":"",t=Rt(t,"object"),e=e.map(function(a){return a.toLowerCase()}),e.sort();var i=e.map(function(a,c){var w=~["a","e","i","o","u"].indexOf(a.charAt(0))?"an":"a",v=e.length>1&&c===e.length-1?"or ":"";return v+w+" "+a}).join(", "),o=Mo(t).toLowerCase();if(!e.some(function(a){return o===a}))throw new Io(s+"object tested must be "+i+", but "+o+" given",void 0,r)}});var _t=O((Vs,Kr)=>{x();Kr.exports=function(t,e){return e.length>4?e[4]:t._obj}});var lt=O((Ks,Wr)=>{"use strict";x();var Po=Function.prototype.toString,To=/\s*function(?:\s|\s*\/\*[^(?:*\/)]+\*\/\s*)*([^\s\(\/]+)/,No=512;function Oo(n){if(typeof n!="function")return null;var t="";if(typeof Function.prototype.name=="undefined"&&typeof n.name=="undefined"){var e=Po.call(n);if(e.indexOf("(")>No)return t;var s=e.match(To);s&&(t=s[1])}else t=n.name;return t}Wr.exports=Oo});var Gr=O(()=>{x()});var Jr=O((ht,Yr)=>{x();(function(n,t){typeof ht=="object"&&typeof Yr!="undefined"?t(ht):typeof define=="function"&&define.amd?define(["exports"],t):(n=typeof globalThis!="undefined"?globalThis:n||self,t(n.loupe={}))})(ht,(function(n){"use strict";function t(f){"@babel/helpers - typeof";return typeof Symbol=="function"&&typeof Symbol.iterator=="symbol"?t=function(l){return typeof l}:t=function(l){return l&&typeof Symbol=="function"&&l.constructor===Symbol&&l!==Symbol.prototype?"symbol":typeof l},t(f)}function e(f,l){return s(f)||r(f,l)||i(f,l)||a()}function s(f){if(Array.isArray(f))return f}function r(f,l){if(!(typeof Symbol=="undefined"||!(Symbol.iterator in Object(f)))){var g=[],B=!0,M=!1,q=void 0;try{for(var U=f[Symbol.iterator](),$;!(B=($=U.next()).done)&&(g.push($.value),!(l&&g.length===l));B=!0);}catch(Q){M=!0,q=Q}finally{try{!B&&U.return!=null&&U.return()}finally{if(M)throw q}}return g}}function i(f,l){if(f){if(typeof f=="string")return o(f,l);var g=Object.prototype.toString.call(f).slice(8,-1);if(g==="Object"&&f.constructor&&(g=f.constructor.name),g==="Map"||g==="Set")return Array.from(f);if(g==="Arguments"||/^(?:Ui|I)nt(?:8|16|32)(?:Clamped)?Array$/.test(g))return o(f,l)}}function o(f,l){(l==null||l>f.length)&&(l=f.length);for(var g=0,B=new Array(l);g<l;g++)B[g]=f[g];return B}function a(){throw new TypeError(`Invalid attempt to destructure non-iterable instance.
In order to be iterable, non-array objects must have a [Symbol.iterator]() method.`)}var c={bold:["1","22"],dim:["2","22"],italic:["3","23"],underline:["4","24"],inverse:["7","27"],hidden:["8","28"],strike:["9","29"],black:["30","39"],red:["31","39"],green:["32","39"],yellow:["33","39"],blue:["34","39"],magenta:["35","39"],cyan:["36","39"],white:["37","39"],brightblack:["30;1","39"],brightred:["31;1","39"],brightgreen:["32;1","39"],brightyellow:["33;1","39"],brightblue:["34;1","39"],brightmagenta:["35;1","39"],brightcyan:["36;1","39"],brightwhite:["37;1","39"],grey:["90","39"]},w={special:"cyan",number:"yellow",bigint:"yellow",boolean:"yellow",undefined:"grey",null:"bold",string:"green",symbol:"green",date:"magenta",regexp:"red"},v="\u2026";function I(f,l){var g=c[w[l]]||c[l];return g?"\x1B[".concat(g[0],"m").concat(String(f),"\x1B[").concat(g[1],"m"):String(f)}function Z(){var f=arguments.length>0&&arguments[0]!==void 0?arguments[0]:{},l=f.showHidden,g=l===void 0?!1:l,B=f.depth,M=B===void 0?2:B,q=f.colors,U=q===void 0?!1:q,$=f.customInspect,Q=$===void 0?!0:$,J=f.showProxy,ne=J===void 0?!1:J,ve=f.maxArrayLength,At=ve===void 0?1/0:ve,$e=f.breakLength,qe=$e===void 0?1/0:$e,Ke=f.seen,Ni=Ke===void 0?[]:Ke,tr=f.truncate,Oi=tr===void 0?1/0:tr,rr=f.stylize,Fi=rr===void 0?String:rr,Bt={showHidden:!!g,depth:Number(M),colors:!!U,customInspect:!!Q,showProxy:!!ne,maxArrayLength:Number(At),breakLength:Number(qe),truncate:Number(Oi),seen:Ni,stylize:Fi};return Bt.colors&&(Bt.stylize=I),Bt}function R(f,l){var g=arguments.length>2&&arguments[2]!==void 0?arguments[2]:v;f=String(f);var B=g.length,M=f.length;return B>l&&M>B?g:M>l&&M>B?"".concat(f.slice(0,l-B)).concat(g):f}function V(f,l,g){var B=arguments.length>3&&arguments[3]!==void 0?arguments[3]:", ";g=g||l.inspect;var M=f.length;if(M===0)return"";for(var q=l.truncate,U="",$="",Q="",J=0;J<M;J+=1){var ne=J+1===f.length,ve=J+2===f.length;Q="".concat(v,"(").concat(f.length-J,")");var At=f[J];l.truncate=q-U.length-(ne?0:B.length);var $e=$||g(At,l)+(ne?"":B),qe=U.length+$e.length,Ke=qe+Q.length;if(ne&&qe>q&&U.length+Q.length<=q||!ne&&!ve&&Ke>q||($=ne?"":g(f[J+1],l)+(ve?"":B),!ne&&ve&&Ke>q&&qe+$.length>q))break;if(U+=$e,!ne&&!ve&&qe+$.length>=q){Q="".concat(v,"(").concat(f.length-J-1,")");break}Q=""}return"".concat(U).concat(Q)}function te(f){return f.match(/^[a-zA-Z_][a-zA-Z_0-9]*$/)?f:JSON.stringify(f).replace(/'/g,"\\'").replace(/\\"/g,'"').replace(/(^"|"$)/g,"'")}function re(f,l){var g=e(f,2),B=g[0],M=g[1];return l.truncate-=2,typeof B=="string"?B=te(B):typeof B!="number"&&(B="[".concat(l.inspect(B,l),"]")),l.truncate-=B.length,M=l.inspect(M,l),"".concat(B,": ").concat(M)}function Pe(f,l){var g=Object.keys(f).slice(f.length);if(!f.length&&!g.length)return"[]";l.truncate-=4;var B=V(f,l);l.truncate-=B.length;var M="";return g.length&&(M=V(g.map(function(q){return[q,f[q]]}),l,re)),"[ ".concat(B).concat(M?", ".concat(M):""," ]")}var Te=Function.prototype.toString,Ne=/\s*function(?:\s|\s*\/\*[^(?:*\/)]+\*\/\s*)*([^\s\(\/]+)/,Oe=512;function K(f){if(typeof f!="function")return null;var l="";if(typeof Function.prototype.name=="undefined"&&typeof f.name=="undefined"){var g=Te.call(f);if(g.indexOf("(")>Oe)return l;var B=g.match(Ne);B&&(l=B[1])}else l=f.name;return l}var se=K,ye=function(l){return typeof T=="function"&&l instanceof T?"Buffer":l[Symbol.toStringTag]?l[Symbol.toStringTag]:se(l.constructor)};function _(f,l){var g=ye(f);l.truncate-=g.length+4;var B=Object.keys(f).slice(f.length);if(!f.length&&!B.length)return"".concat(g,"[]");for(var M="",q=0;q<f.length;q++){var U="".concat(l.stylize(R(f[q],l.truncate),"number")).concat(q===f.length-1?"":", ");if(l.truncate-=U.length,f[q]!==f.length&&l.truncate<=3){M+="".concat(v,"(").concat(f.length-f[q]+1,")");break}M+=U}var $="";return B.length&&($=V(B.map(function(Q){return[Q,f[Q]]}),l,re)),"".concat(g,"[ ").concat(M).concat($?", ".concat($):""," ]")}function Re(f,l){var g=f.toJSON();if(g===null)return"Invalid Date";var B=g.split("T"),M=B[0];return l.stylize("".concat(M,"T").concat(R(B[1],l.truncate-M.length-1)),"date")}function _e(f,l){var g=se(f);return g?l.stylize("[Function ".concat(R(g,l.truncate-11),"]"),"special"):l.stylize("[Function]","special")}function He(f,l){var g=e(f,2),B=g[0],M=g[1];return l.truncate-=4,B=l.inspect(B,l),l.truncate-=B.length,M=l.inspect(M,l),"".concat(B," => ").concat(M)}function et(f){var l=[];return f.forEach(function(g,B){l.push([B,g])}),l}function bt(f,l){var g=f.size-1;return g<=0?"Map{}":(l.truncate-=7,"Map{ ".concat(V(et(f),l,He)," }"))}var xt=Number.isNaN||function(f){return f!==f};function Le(f,l){return xt(f)?l.stylize("NaN","number"):f===1/0?l.stylize("Infinity","number"):f===-1/0?l.stylize("-Infinity","number"):f===0?l.stylize(1/f===1/0?"+0":"-0","number"):l.stylize(R(f,l.truncate),"number")}function Ve(f,l){var g=R(f.toString(),l.truncate-1);return g!==v&&(g+="n"),l.stylize(g,"bigint")}function tt(f,l){var g=f.toString().split("/")[2],B=l.truncate-(2+g.length),M=f.source;return l.stylize("/".concat(R(M,B),"/").concat(g),"regexp")}function vt(f){var l=[];return f.forEach(function(g){l.push(g)}),l}function u(f,l){return f.size===0?"Set{}":(l.truncate-=7,"Set{ ".concat(V(vt(f),l)," }"))}var h=new RegExp("['\\u0000-\\u001f\\u007f-\\u009f\\u00ad\\u0600-\\u0604\\u070f\\u17b4\\u17b5\\u200c-\\u200f\\u2028-\\u202f\\u2060-\\u206f\\ufeff\\ufff0-\\uffff]","g"),y={"\b":"\\b","	":"\\t","\n":"\\n","\f":"\\f","\r":"\\r","'":"\\'","\\":"\\\\"},m=16,E=4;function A(f){return y[f]||"\\u".concat("0000".concat(f.charCodeAt(0).toString(m)).slice(-E))}function b(f,l){return h.test(f)&&(f=f.replace(h,A)),l.stylize("'".concat(R(f,l.truncate-2),"'"),"string")}function d(f){return"description"in Symbol.prototype?f.description?"Symbol(".concat(f.description,")"):"Symbol()":f.toString()}var S=function(){return"Promise{\u2026}"};try{var P=N.binding("util"),F=P.getPromiseDetails,z=P.kPending,D=P.kRejected;Array.isArray(F(Promise.resolve()))&&(S=function(l,g){var B=F(l),M=e(B,2),q=M[0],U=M[1];return q===z?"Promise{<pending>}":"Promise".concat(q===D?"!":"","{").concat(g.inspect(U,g),"}")})}catch(f){}var j=S;function C(f,l){var g=Object.getOwnPropertyNames(f),B=Object.getOwnPropertySymbols?Object.getOwnPropertySymbols(f):[];if(g.length===0&&B.length===0)return"{}";if(l.truncate-=4,l.seen=l.seen||[],l.seen.indexOf(f)>=0)return"[Circular]";l.seen.push(f);var M=V(g.map(function($){return[$,f[$]]}),l,re),q=V(B.map(function($){return[$,f[$]]}),l,re);l.seen.pop();var U="";return M&&q&&(U=", "),"{ ".concat(M).concat(U).concat(q," }")}var L=typeof Symbol!="undefined"&&Symbol.toStringTag?Symbol.toStringTag:!1;function Y(f,l){var g="";return L&&L in f&&(g=f[L]),g=g||se(f.constructor),(!g||g==="_class")&&(g="<Anonymous Class>"),l.truncate-=g.length,"".concat(g).concat(C(f,l))}function ge(f,l){return f.length===0?"Arguments[]":(l.truncate-=13,"Arguments[ ".concat(V(f,l)," ]"))}var X=["stack","line","column","name","message","fileName","lineNumber","columnNumber","number","description"];function le(f,l){var g=Object.getOwnPropertyNames(f).filter(function(U){return X.indexOf(U)===-1}),B=f.name;l.truncate-=B.length;var M="";typeof f.message=="string"?M=R(f.message,l.truncate):g.unshift("message"),M=M?": ".concat(M):"",l.truncate-=M.length+5;var q=V(g.map(function(U){return[U,f[U]]}),l,re);return"".concat(B).concat(M).concat(q?" { ".concat(q," }"):"")}function Ai(f,l){var g=e(f,2),B=g[0],M=g[1];return l.truncate-=3,M?"".concat(l.stylize(B,"yellow"),"=").concat(l.stylize('"'.concat(M,'"'),"string")):"".concat(l.stylize(B,"yellow"))}function Et(f,l){return V(f,l,Qt,`
`)}function Qt(f,l){var g=f.getAttributeNames(),B=f.tagName.toLowerCase(),M=l.stylize("<".concat(B),"special"),q=l.stylize(">","special"),U=l.stylize("</".concat(B,">"),"special");l.truncate-=B.length*2+5;var $="";g.length>0&&($+=" ",$+=V(g.map(function(ne){return[ne,f.getAttribute(ne)]}),l,Ai," ")),l.truncate-=$.length;var Q=l.truncate,J=Et(f.children,l);return J&&J.length>Q&&(J="".concat(v,"(").concat(f.children.length,")")),"".concat(M).concat($).concat(q).concat(J).concat(U)}var Bi=typeof Symbol=="function"&&typeof Symbol.for=="function",rt=Bi?Symbol.for("chai/inspect"):"@@chai/inspect",Fe=!1;try{var Xt=Gr();Fe=Xt.inspect?Xt.inspect.custom:!1}catch(f){Fe=!1}function Ht(){this.key="chai/loupe__"+Math.random()+Date.now()}Ht.prototype={get:function(l){return l[this.key]},has:function(l){return this.key in l},set:function(l,g){Object.isExtensible(l)&&Object.defineProperty(l,this.key,{value:g,configurable:!0})}};var nt=new(typeof WeakMap=="function"?WeakMap:Ht),it={},er={undefined:function(l,g){return g.stylize("undefined","undefined")},null:function(l,g){return g.stylize(null,"null")},boolean:function(l,g){return g.stylize(l,"boolean")},Boolean:function(l,g){return g.stylize(l,"boolean")},number:Le,Number:Le,bigint:Ve,BigInt:Ve,string:b,String:b,function:_e,Function:_e,symbol:d,Symbol:d,Array:Pe,Date:Re,Map:bt,Set:u,RegExp:tt,Promise:j,WeakSet:function(l,g){return g.stylize("WeakSet{\u2026}","special")},WeakMap:function(l,g){return g.stylize("WeakMap{\u2026}","special")},Arguments:ge,Int8Array:_,Uint8Array:_,Uint8ClampedArray:_,Int16Array:_,Uint16Array:_,Int32Array:_,Uint32Array:_,Float32Array:_,Float64Array:_,Generator:function(){return""},DataView:function(){return""},ArrayBuffer:function(){return""},Error:le,HTMLCollection:Et,NodeList:Et},Si=function(l,g,B){return rt in l&&typeof l[rt]=="function"?l[rt](g):Fe&&Fe in l&&typeof l[Fe]=="function"?l[Fe](g.depth,g):"inspect"in l&&typeof l.inspect=="function"?l.inspect(g.depth,g):"constructor"in l&&nt.has(l.constructor)?nt.get(l.constructor)(l,g):it[B]?it[B](l,g):""},Ii=Object.prototype.toString;function ot(f,l){l=Z(l),l.inspect=ot;var g=l,B=g.customInspect,M=f===null?"null":t(f);if(M==="object"&&(M=Ii.call(f).slice(8,-1)),er[M])return er[M](f,l);if(B&&f){var q=Si(f,l,M);if(q)return typeof q=="string"?q:ot(q,l)}var U=f?Object.getPrototypeOf(f):!1;return U===Object.prototype||U===null?C(f,l):f&&typeof HTMLElement=="function"&&f instanceof HTMLElement?Qt(f,l):"constructor"in f?f.constructor!==Object?Y(f,l):C(f,l):f===Object(f)?C(f,l):l.stylize(String(f),M)}function Mi(f,l){return nt.has(f)?!1:(nt.set(f,l),!0)}function Pi(f,l){return f in it?!1:(it[f]=l,!0)}var Ti=rt;n.custom=Ti,n.default=ot,n.inspect=ot,n.registerConstructor=Mi,n.registerStringTag=Pi,Object.defineProperty(n,"__esModule",{value:!0})}))});var Ie=O((Qs,Zr)=>{x();Zr.exports={includeStack:!1,showDiff:!0,truncateThreshold:40,useProxy:!0,proxyExcludedKeys:["then","catch","inspect","toJSON"],deepEqual:null}});var dt=O((ea,pt)=>{x();var Hs=lt(),Fo=Jr(),Lt=Ie();pt.exports=qo;function qo(n,t,e,s){var r={colors:s,depth:typeof e=="undefined"?2:e,showHidden:t,truncate:Lt.truncateThreshold?Lt.truncateThreshold:1/0};return Fo.inspect(n,r)}pt.exports=__courier.inspect(pt.exports,Lt)});var Vt=O((ra,Xr)=>{x();var jo=dt(),Qr=Ie();Xr.exports=function(t){var e=jo(t),s=Object.prototype.toString.call(t);if(Qr.truncateThreshold&&e.length>=Qr.truncateThreshold){if(s==="[object Function]")return!t.name||t.name===""?"[Function]":"[Function: "+t.name+"]";if(s==="[object Array]")return"[ Array("+t.length+") ]";if(s==="[object Object]"){var r=Object.keys(t),i=r.length>2?r.splice(0,2).join(", ")+", ...":r.join(", ");return"{ Object ("+i+") }"}else return e}else return e}});var en=O((ia,Hr)=>{x();var $t=oe(),Do=_t(),Kt=Vt();Hr.exports=function(t,e){var s=$t(t,"negate"),r=$t(t,"object"),i=e[3],o=Do(t,e),a=s?e[2]:e[1],c=$t(t,"message");return typeof a=="function"&&(a=a()),a=a||"",a=a.replace(/#\{this\}/g,function(){return Kt(r)}).replace(/#\{act\}/g,function(){return Kt(o)}).replace(/#\{exp\}/g,function(){return Kt(i)}),c?c+": "+a:a}});var me=O((sa,yt)=>{x();yt.exports=function(t,e,s){var r=t.__flags||(t.__flags=Object.create(null));e.__flags||(e.__flags=Object.create(null)),s=arguments.length===3?s:!0;for(var i in r)(s||i!=="object"&&i!=="ssfi"&&i!=="lockSsfi"&&i!="message")&&(e.__flags[i]=r[i])};yt.exports=__courier.transferFlags(yt.exports,function(n,t,e){for(var s in n)(e||s!=="object"&&s!=="ssfi"&&s!=="lockSsfi"&&s!="message")&&(t.__flags[s]=n[s])})});var pn=O((ua,Yt)=>{"use strict";x();var tn=Ge();function fn(){this._key="chai/deep-eql__"+Math.random()+Date.now()}fn.prototype={get:function(t){return t[this._key]},set:function(t,e){Object.isExtensible(t)&&Object.defineProperty(t,this._key,{value:e,configurable:!0})}};var Gt=typeof WeakMap=="function"?WeakMap:fn;function rn(n,t,e){if(!e||ze(n)||ze(t))return null;var s=e.get(n);if(s){var r=s.get(t);if(typeof r=="boolean")return r}return null}function gt(n,t,e,s){if(!(!e||ze(n)||ze(t))){var r=e.get(n);r?r.set(t,s):(r=new Gt,r.set(t,s),e.set(n,r))}}Yt.exports=wt;Yt.exports.MemoizeMap=Gt;function wt(n,t,e){if(e&&e.comparator)return nn(n,t,e);var s=ln(n,t);return s!==null?s:nn(n,t,e)}function ln(n,t){return n===t?n!==0||1/n===1/t:n!==n&&t!==t?!0:ze(n)||ze(t)?!1:null}function nn(n,t,e){e=e||{},e.memoize=e.memoize===!1?!1:e.memoize||new Gt;var s=e&&e.comparator,r=rn(n,t,e.memoize);if(r!==null)return r;var i=rn(t,n,e.memoize);if(i!==null)return i;if(s){var o=s(n,t);if(o===!1||o===!0)return gt(n,t,e.memoize,o),o;var a=ln(n,t);if(a!==null)return a}var c=tn(n);if(c!==tn(t))return gt(n,t,e.memoize,!1),!1;gt(n,t,e.memoize,!0);var w=Co(n,t,c,e);return gt(n,t,e.memoize,w),w}function Co(n,t,e,s){switch(e){case"String":case"Number":case"Boolean":case"Date":return wt(n.valueOf(),t.valueOf());case"Promise":case"Symbol":case"function":case"WeakMap":case"WeakSet":return n===t;case"Error":return hn(n,t,["name","message","code"],s);case"Arguments":case"Int8Array":case"Uint8Array":case"Uint8ClampedArray":case"Int16Array":case"Uint16Array":case"Int32Array":case"Uint32Array":case"Float32Array":case"Float64Array":case"Array":return Me(n,t,s);case"RegExp":return Uo(n,t);case"Generator":return ko(n,t,s);case"DataView":return Me(new Uint8Array(n.buffer),new Uint8Array(t.buffer),s);case"ArrayBuffer":return Me(new Uint8Array(n),new Uint8Array(t),s);case"Set":return on(n,t,s);case"Map":return on(n,t,s);case"Temporal.PlainDate":case"Temporal.PlainTime":case"Temporal.PlainDateTime":case"Temporal.Instant":case"Temporal.ZonedDateTime":case"Temporal.PlainYearMonth":case"Temporal.PlainMonthDay":return n.equals(t);case"Temporal.Duration":return n.total("nanoseconds")===t.total("nanoseconds");case"Temporal.TimeZone":case"Temporal.Calendar":return n.toString()===t.toString();default:return Ro(n,t,s)}}function Uo(n,t){return n.toString()===t.toString()}function on(n,t,e){try{if(n.size!==t.size)return!1;if(n.size===0)return!0}catch(i){return!1}var s=[],r=[];return n.forEach(function(o,a){s.push([o,a])}),t.forEach(function(o,a){r.push([o,a])}),Me(s.sort(),r.sort(),e)}function Me(n,t,e){var s=n.length;if(s!==t.length)return!1;if(s===0)return!0;for(var r=-1;++r<s;)if(wt(n[r],t[r],e)===!1)return!1;return!0}function ko(n,t,e){return Me(Wt(n),Wt(t),e)}function zo(n){return typeof Symbol!="undefined"&&typeof n=="object"&&typeof Symbol.iterator!="undefined"&&typeof n[Symbol.iterator]=="function"}function sn(n){if(zo(n))try{return Wt(n[Symbol.iterator]())}catch(t){return[]}return[]}function Wt(n){for(var t=n.next(),e=[t.value];t.done===!1;)t=n.next(),e.push(t.value);return e}function an(n){var t=[];for(var e in n)t.push(e);return t}function un(n){for(var t=[],e=Object.getOwnPropertySymbols(n),s=0;s<e.length;s+=1){var r=e[s];Object.getOwnPropertyDescriptor(n,r).enumerable&&t.push(r)}return t}function hn(n,t,e,s){var r=e.length;if(r===0)return!0;for(var i=0;i<r;i+=1)if(wt(n[e[i]],t[e[i]],s)===!1)return!1;return!0}function Ro(n,t,e){var s=an(n),r=an(t),i=un(n),o=un(t);if(s=s.concat(i),r=r.concat(o),s.length&&s.length===r.length)return Me(cn(s).sort(),cn(r).sort())===!1?!1:hn(n,t,s,e);var a=sn(n),c=sn(t);return a.length&&a.length===c.length?(a.sort(),c.sort(),Me(a,c,e)):s.length===0&&a.length===0&&r.length===0&&c.length===0}function ze(n){return n===null||typeof n!="object"}function cn(n){return n.map(function(e){return typeof e=="symbol"?e.toString():e})}});var Ye=O((fa,dn)=>{x();var _o=Ie();dn.exports=function(){return _o.useProxy&&typeof Proxy!="undefined"&&typeof Reflect!="undefined"}});var mn=O((ha,wn)=>{x();var yn=be(),gn=oe(),Lo=Ye(),Vo=me();wn.exports=function(t,e,s){s=s===void 0?function(){}:s,Object.defineProperty(t,e,{get:__courier.property(function r(){!Lo()&&!gn(this,"lockSsfi")&&gn(this,"ssfi",r);var i=s.call(this);if(i!==void 0)return i;var o=new yn.Assertion;return Vo(this,o),o},s,yn),configurable:!0})}});var Je=O((da,bn)=>{x();var $o=Object.getOwnPropertyDescriptor(function(){},"length");bn.exports=function(t,e,s){return $o.configurable&&Object.defineProperty(t,"length",{get:function(){throw Error(s?"Invalid Chai property: "+e+'.length. Due to a compatibility issue, "length" cannot directly follow "'+e+'". Use "'+e+'.lengthOf" instead.':"Invalid Chai property: "+e+'.length. See docs for proper usage of "'+e+'".')}}),t}});var vn=O((ga,xn)=>{x();xn.exports=function(t){var e=Object.getOwnPropertyNames(t);function s(i){e.indexOf(i)===-1&&e.push(i)}for(var r=Object.getPrototypeOf(t);r!==null;)Object.getOwnPropertyNames(r).forEach(s),r=Object.getPrototypeOf(r);return e}});var Ze=O((ma,mt)=>{x();var Bn=Ie(),En=oe(),Ko=vn(),Wo=Ye();var An=["__flags","__methods","_obj","assert"];mt.exports=function(t,e){return Wo()?Sn(t,e):t};function Sn(n,t){return new Proxy(n,{get:function e(s,r){if(typeof r=="string"&&Bn.proxyExcludedKeys.indexOf(r)===-1&&!Reflect.has(s,r)){if(t)throw Error("Invalid Chai property: "+t+"."+r+'. See docs for proper usage of "'+t+'".');var i=null,o=4;throw Ko(s).forEach(function(a){if(!Object.prototype.hasOwnProperty(a)&&An.indexOf(a)===-1){var c=Go(r,a,o);c<o&&(i=a,o=c)}}),Error(i!==null?"Invalid Chai property: "+r+'. Did you mean "'+i+'"?':"Invalid Chai property: "+r)}return An.indexOf(r)===-1&&!En(s,"lockSsfi")&&En(s,"ssfi",e),Reflect.get(s,r)}})}mt.exports=__courier.proxify(mt.exports,Bn,Sn);function Go(n,t,e){if(Math.abs(n.length-t.length)>=e)return e;for(var s=[],r=0;r<=n.length;r++)s[r]=Array(t.length+1).fill(0),s[r][0]=r;for(var i=0;i<t.length;i++)s[0][i]=i;for(var r=1;r<=n.length;r++)for(var o=n.charCodeAt(r-1),i=1;i<=t.length;i++){if(Math.abs(r-i)>=e){s[r][i]=e;continue}s[r][i]=Math.min(s[r-1][i]+1,s[r][i-1]+1,s[r-1][i-1]+(o===t.charCodeAt(i-1)?0:1))}return s[n.length][t.length]}});var Tn=O((xa,Pn)=>{x();var Yo=Je(),In=be(),Mn=oe(),Jo=Ze(),Zo=me();Pn.exports=function(t,e,s){var r=function(){Mn(this,"lockSsfi")||Mn(this,"ssfi",r);var i=s.apply(this,arguments);if(i!==void 0)return i;var o=new In.Assertion;return Zo(this,o),o};r=__courier.method(r,s,In),Yo(r,e,!1),t[e]=Jo(r,e)}});var On=O((Ea,Nn)=>{x();var Qo=be(),Qe=oe(),Xo=Ye(),Ho=me();Nn.exports=function(t,e,s){var r=Object.getOwnPropertyDescriptor(t,e),i=function(){};r&&typeof r.get=="function"&&(i=r.get),Object.defineProperty(t,e,{get:function o(){!Xo()&&!Qe(this,"lockSsfi")&&Qe(this,"ssfi",o);var a=Qe(this,"lockSsfi");Qe(this,"lockSsfi",!0);var c=s(i).call(this);if(Qe(this,"lockSsfi",a),c!==void 0)return c;var w=new Qo.Assertion;return Ho(this,w),w},configurable:!0})}});var qn=O((Ba,Fn)=>{x();var es=Je(),ts=be(),Xe=oe(),rs=Ze(),ns=me();Fn.exports=function(t,e,s){var r=t[e],i=function(){throw new Error(e+" is not a function")};r&&typeof r=="function"&&(i=r);var o=function(){Xe(this,"lockSsfi")||Xe(this,"ssfi",o);var a=Xe(this,"lockSsfi");Xe(this,"lockSsfi",!0);var c=s(i).apply(this,arguments);if(Xe(this,"lockSsfi",a),c!==void 0)return c;var w=new ts.Assertion;return ns(this,w),w};es(o,e,!1),t[e]=rs(o,e)}});var Vn=O((Ia,Ln)=>{x();var jn=Je(),Dn=be(),Cn=oe(),is=Ze(),Un=me();var kn=typeof Object.setPrototypeOf=="function",zn=function(){},os=Object.getOwnPropertyNames(zn).filter(function(n){var t=Object.getOwnPropertyDescriptor(zn,n);return typeof t!="object"?!0:!t.configurable}),Rn=Function.prototype.call,_n=Function.prototype.apply;Ln.exports=function(t,e,s,r){typeof r!="function"&&(r=function(){});var i={method:s,chainingBehavior:r};t.__methods||(t.__methods={}),t.__methods[e]=i,Object.defineProperty(t,e,{get:__courier.chainable(function(){i.chainingBehavior.call(this);var a=function(){Cn(this,"lockSsfi")||Cn(this,"ssfi",a);var v=i.method.apply(this,arguments);if(v!==void 0)return v;var I=new Dn.Assertion;return Un(this,I),I};if(jn(a,e,!0),kn){var c=Object.create(this);c.call=Rn,c.apply=_n,Object.setPrototypeOf(a,c)}else{var w=Object.getOwnPropertyNames(t);w.forEach(function(v){if(os.indexOf(v)===-1){var I=Object.getOwnPropertyDescriptor(t,v);Object.defineProperty(a,v,I)}})}return Un(this,a),is(a)},i,e,Dn,jn,Rn,_n,kn),configurable:!0})}});var Gn=O((Pa,Wn)=>{x();var $n=be(),Kn=me();Wn.exports=function(t,e,s,r){var i=t.__methods[e],o=i.chainingBehavior;i.chainingBehavior=function(){var w=r(o).call(this);if(w!==void 0)return w;var v=new $n.Assertion;return Kn(this,v),v};var a=i.method;i.method=function(){var w=s(a).apply(this,arguments);if(w!==void 0)return w;var v=new $n.Assertion;return Kn(this,v),v}}});var Zn=O((Na,Jn)=>{x();var Yn=dt();Jn.exports=function(t,e){return Yn(t)<Yn(e)?-1:1}});var Jt=O((Fa,Qn)=>{x();Qn.exports=function(t){return typeof Object.getOwnPropertySymbols!="function"?[]:Object.getOwnPropertySymbols(t).filter(function(e){return Object.getOwnPropertyDescriptor(t,e).enumerable})}});var Hn=O((ja,Xn)=>{x();var ss=Jt();Xn.exports=function(t){return Object.keys(t).concat(ss(t))}});var ti=O((Ca,ei)=>{"use strict";x();var Zt=lt();function as(n,t){return t instanceof Error&&n===t}function us(n,t){return t instanceof Error?n.constructor===t.constructor||n instanceof t.constructor:t.prototype instanceof Error||t===Error?n.constructor===t||n instanceof t:!1}function cs(n,t){var e=typeof n=="string"?n:n.message;return t instanceof RegExp?t.test(e):typeof t=="string"?e.indexOf(t)!==-1:!1}function fs(n){var t=n;if(n instanceof Error)t=Zt(n.constructor);else if(typeof n=="function"&&(t=Zt(n),t==="")){var e=Zt(new n);t=e||t}return t}function ls(n){var t="";return n&&n.message?t=n.message:typeof n=="string"&&(t=n),t}ei.exports={compatibleInstance:as,compatibleConstructor:us,compatibleMessage:cs,getMessage:ls,getConstructorName:fs}});var ni=O((ka,ri)=>{x();function hs(n){return n!==n}ri.exports=Number.isNaN||hs});var si=O((Ra,oi)=>{x();var ps=Ge(),ii=oe();function ds(n){var t=ps(n),e=["Array","Object","function"];return e.indexOf(t)!==-1}oi.exports=function(t,e){var s=ii(t,"operator"),r=ii(t,"negate"),i=e[3],o=r?e[2]:e[1];if(s)return s;if(typeof o=="function"&&(o=o()),o=o||"",!!o&&!/\shave\s/.test(o)){var a=ds(i);return/\snot\s/.test(o)?a?"notDeepStrictEqual":"notStrictEqual":a?"deepStrictEqual":"strictEqual"}}});var ui=O(k=>{x();var ai=Rr();k.test=Lr();k.type=Ge();k.expectTypes=$r();k.getMessage=en();k.getActual=_t();k.inspect=dt();k.objDisplay=Vt();k.flag=oe();k.transferFlags=me();k.eql=pn();k.getPathInfo=ai.getPathInfo;k.hasProperty=ai.hasProperty;k.getName=lt();k.addProperty=mn();k.addMethod=Tn();k.overwriteProperty=On();k.overwriteMethod=qn();k.addChainableMethod=Vn();k.overwriteChainableMethod=Gn();k.compareByInspect=Zn();k.getOwnEnumerablePropertySymbols=Jt();k.getOwnEnumerableProperties=Hn();k.checkError=ti();k.proxify=Ze();k.addLengthGuard=Je();k.isProxyEnabled=Ye();k.isNaN=ni();k.getOperator=si()});var fi=O(($a,ci)=>{x();var xe=Ie();ci.exports=function(n,t){var e=n.AssertionError,s=t.flag;n.Assertion=r;function r(o,a,c,w){return i?i(this,o,a,c,w):(s(this,"ssfi",c||r),s(this,"lockSsfi",w),s(this,"object",o),s(this,"message",a),s(this,"eql",xe.deepEqual||t.eql),t.proxify(this))}var i=__courier.init(r,t,xe);Object.defineProperty(r,"includeStack",{get:function(){return console.warn("Assertion.includeStack is deprecated, use chai.config.includeStack instead."),xe.includeStack},set:function(o){console.warn("Assertion.includeStack is deprecated, use chai.config.includeStack instead."),xe.includeStack=o}}),Object.defineProperty(r,"showDiff",{get:function(){return console.warn("Assertion.showDiff is deprecated, use chai.config.showDiff instead."),xe.showDiff},set:function(o){console.warn("Assertion.showDiff is deprecated, use chai.config.showDiff instead."),xe.showDiff=o}}),r.addProperty=function(o,a){t.addProperty(this.prototype,o,a)},r.addMethod=function(o,a){t.addMethod(this.prototype,o,a)},r.addChainableMethod=function(o,a,c){t.addChainableMethod(this.prototype,o,a,c)},r.overwriteProperty=function(o,a){t.overwriteProperty(this.prototype,o,a)},r.overwriteMethod=function(o,a){t.overwriteMethod(this.prototype,o,a)},r.overwriteChainableMethod=function(o,a,c){t.overwriteChainableMethod(this.prototype,o,a,c)},r.prototype.assert=function(o,a,c,w,v,I){var Z=t.test(this,arguments);if(I!==!1&&(I=!0),w===void 0&&v===void 0&&(I=!1),xe.showDiff!==!0&&(I=!1),!Z){a=t.getMessage(this,arguments);var R=t.getActual(this,arguments),V={actual:R,expected:w,showDiff:I},te=t.getOperator(this,arguments);throw te&&(V.operator=te),new e(a,V,xe.includeStack?this.assert:s(this,"ssfi"))}},r.prototype.assert=__courier.assert(r.prototype.assert,t);Object.defineProperty(r.prototype,"_obj",{get:function(){return s(this,"object")},set:function(o){s(this,"object",o)}})}});var hi=O((Wa,li)=>{x();li.exports=function(n,t){var e=n.Assertion,s=n.AssertionError,r=t.flag;["to","be","been","is","and","has","have","with","that","which","at","of","same","but","does","still","also"].forEach(function(u){e.addProperty(u)}),e.addProperty("not",function(){r(this,"negate",!0)}),e.addProperty("deep",function(){r(this,"deep",!0)}),e.addProperty("nested",function(){r(this,"nested",!0)}),e.addProperty("own",function(){r(this,"own",!0)}),e.addProperty("ordered",function(){r(this,"ordered",!0)}),e.addProperty("any",function(){r(this,"any",!0),r(this,"all",!1)}),e.addProperty("all",function(){r(this,"all",!0),r(this,"any",!1)});function i(u,h){h&&r(this,"message",h),u=u.toLowerCase();var y=r(this,"object"),m=~["a","e","i","o","u"].indexOf(u.charAt(0))?"an ":"a ";this.assert(u===t.type(y).toLowerCase(),"expected #{this} to be "+m+u,"expected #{this} not to be "+m+u)}e.addChainableMethod("an",i),e.addChainableMethod("a",i);function o(u,h){return t.isNaN(u)&&t.isNaN(h)||u===h}function a(){r(this,"contains",!0)}function c(u,h){h&&r(this,"message",h);var y=r(this,"object"),m=t.type(y).toLowerCase(),E=r(this,"message"),A=r(this,"negate"),b=r(this,"ssfi"),d=r(this,"deep"),S=d?"deep ":"",P=d?r(this,"eql"):o;E=E?E+": ":"";var F=!1;switch(m){case"string":F=y.indexOf(u)!==-1;break;case"weakset":if(d)throw new s(E+"unable to use .deep.include with WeakSet",void 0,b);F=y.has(u);break;case"map":y.forEach(function(C){F=F||P(C,u)});break;case"set":d?y.forEach(function(C){F=F||P(C,u)}):F=y.has(u);break;case"array":d?F=y.some(function(C){return P(C,u)}):F=y.indexOf(u)!==-1;break;default:if(u!==Object(u))throw new s(E+"the given combination of arguments ("+m+" and "+t.type(u).toLowerCase()+") is invalid for this assertion. You can use an array, a map, an object, a set, a string, or a weakset instead of a "+t.type(u).toLowerCase(),void 0,b);var z=Object.keys(u),D=null,j=0;if(z.forEach(function(C){var L=new e(y);if(t.transferFlags(this,L,!0),r(L,"lockSsfi",!0),!A||z.length===1){L.property(C,u[C]);return}try{L.property(C,u[C])}catch(Y){if(!t.checkError.compatibleConstructor(Y,s))throw Y;D===null&&(D=Y),j++}},this),A&&z.length>1&&j===z.length)throw D;return}this.assert(F,"expected #{this} to "+S+"include "+t.inspect(u),"expected #{this} to not "+S+"include "+t.inspect(u))}e.addChainableMethod("include",c,a),e.addChainableMethod("contain",c,a),e.addChainableMethod("contains",c,a),e.addChainableMethod("includes",c,a),e.addProperty("ok",function(){this.assert(r(this,"object"),"expected #{this} to be truthy","expected #{this} to be falsy")}),e.addProperty("true",function(){this.assert(r(this,"object")===!0,"expected #{this} to be true","expected #{this} to be false",!r(this,"negate"))}),e.addProperty("false",function(){this.assert(r(this,"object")===!1,"expected #{this} to be false","expected #{this} to be true",!!r(this,"negate"))}),e.addProperty("null",function(){this.assert(r(this,"object")===null,"expected #{this} to be null","expected #{this} not to be null")}),e.addProperty("undefined",function(){this.assert(r(this,"object")===void 0,"expected #{this} to be undefined","expected #{this} not to be undefined")}),e.addProperty("NaN",function(){this.assert(t.isNaN(r(this,"object")),"expected #{this} to be NaN","expected #{this} not to be NaN")});function w(){var u=r(this,"object");this.assert(u!=null,"expected #{this} to exist","expected #{this} to not exist")}e.addProperty("exist",w),e.addProperty("exists",w),e.addProperty("empty",function(){var u=r(this,"object"),h=r(this,"ssfi"),y=r(this,"message"),m;switch(y=y?y+": ":"",t.type(u).toLowerCase()){case"array":case"string":m=u.length;break;case"map":case"set":m=u.size;break;case"weakmap":case"weakset":throw new s(y+".empty was passed a weak collection",void 0,h);case"function":var E=y+".empty was passed a function "+t.getName(u);throw new s(E.trim(),void 0,h);default:if(u!==Object(u))throw new s(y+".empty was passed non-string primitive "+t.inspect(u),void 0,h);m=Object.keys(u).length}this.assert(m===0,"expected #{this} to be empty","expected #{this} not to be empty")});function v(){var u=r(this,"object"),h=t.type(u);this.assert(h==="Arguments","expected #{this} to be arguments but got "+h,"expected #{this} to not be arguments")}e.addProperty("arguments",v),e.addProperty("Arguments",v);function I(u,h){h&&r(this,"message",h);var y=r(this,"object");if(r(this,"deep")){var m=r(this,"lockSsfi");r(this,"lockSsfi",!0),this.eql(u),r(this,"lockSsfi",m)}else this.assert(u===y,"expected #{this} to equal #{exp}","expected #{this} to not equal #{exp}",u,this._obj,!0)}e.addMethod("equal",I),e.addMethod("equals",I),e.addMethod("eq",I);function Z(u,h){h&&r(this,"message",h);var y=r(this,"eql");this.assert(y(u,r(this,"object")),"expected #{this} to deeply equal #{exp}","expected #{this} to not deeply equal #{exp}",u,this._obj,!0)}e.addMethod("eql",Z),e.addMethod("eqls",Z);function R(u,h){h&&r(this,"message",h);var y=r(this,"object"),m=r(this,"doLength"),E=r(this,"message"),A=E?E+": ":"",b=r(this,"ssfi"),d=t.type(y).toLowerCase(),S=t.type(u).toLowerCase(),P,F=!0;if(m&&d!=="map"&&d!=="set"&&new e(y,E,b,!0).to.have.property("length"),!m&&d==="date"&&S!=="date")P=A+"the argument to above must be a date";else if(S!=="number"&&(m||d==="number"))P=A+"the argument to above must be a number";else if(!m&&d!=="date"&&d!=="number"){var z=d==="string"?"'"+y+"'":y;P=A+"expected "+z+" to be a number or a date"}else F=!1;if(F)throw new s(P,void 0,b);if(m){var D="length",j;d==="map"||d==="set"?(D="size",j=y.size):j=y.length,this.assert(j>u,"expected #{this} to have a "+D+" above #{exp} but got #{act}","expected #{this} to not have a "+D+" above #{exp}",u,j)}else this.assert(y>u,"expected #{this} to be above #{exp}","expected #{this} to be at most #{exp}",u)}e.addMethod("above",R),e.addMethod("gt",R),e.addMethod("greaterThan",R);function V(u,h){h&&r(this,"message",h);var y=r(this,"object"),m=r(this,"doLength"),E=r(this,"message"),A=E?E+": ":"",b=r(this,"ssfi"),d=t.type(y).toLowerCase(),S=t.type(u).toLowerCase(),P,F=!0;if(m&&d!=="map"&&d!=="set"&&new e(y,E,b,!0).to.have.property("length"),!m&&d==="date"&&S!=="date")P=A+"the argument to least must be a date";else if(S!=="number"&&(m||d==="number"))P=A+"the argument to least must be a number";else if(!m&&d!=="date"&&d!=="number"){var z=d==="string"?"'"+y+"'":y;P=A+"expected "+z+" to be a number or a date"}else F=!1;if(F)throw new s(P,void 0,b);if(m){var D="length",j;d==="map"||d==="set"?(D="size",j=y.size):j=y.length,this.assert(j>=u,"expected #{this} to have a "+D+" at least #{exp} but got #{act}","expected #{this} to have a "+D+" below #{exp}",u,j)}else this.assert(y>=u,"expected #{this} to be at least #{exp}","expected #{this} to be below #{exp}",u)}e.addMethod("least",V),e.addMethod("gte",V),e.addMethod("greaterThanOrEqual",V);function te(u,h){h&&r(this,"message",h);var y=r(this,"object"),m=r(this,"doLength"),E=r(this,"message"),A=E?E+": ":"",b=r(this,"ssfi"),d=t.type(y).toLowerCase(),S=t.type(u).toLowerCase(),P,F=!0;if(m&&d!=="map"&&d!=="set"&&new e(y,E,b,!0).to.have.property("length"),!m&&d==="date"&&S!=="date")P=A+"the argument to below must be a date";else if(S!=="number"&&(m||d==="number"))P=A+"the argument to below must be a number";else if(!m&&d!=="date"&&d!=="number"){var z=d==="string"?"'"+y+"'":y;P=A+"expected "+z+" to be a number or a date"}else F=!1;if(F)throw new s(P,void 0,b);if(m){var D="length",j;d==="map"||d==="set"?(D="size",j=y.size):j=y.length,this.assert(j<u,"expected #{this} to have a "+D+" below #{exp} but got #{act}","expected #{this} to not have a "+D+" below #{exp}",u,j)}else this.assert(y<u,"expected #{this} to be below #{exp}","expected #{this} to be at least #{exp}",u)}e.addMethod("below",te),e.addMethod("lt",te),e.addMethod("lessThan",te);function re(u,h){h&&r(this,"message",h);var y=r(this,"object"),m=r(this,"doLength"),E=r(this,"message"),A=E?E+": ":"",b=r(this,"ssfi"),d=t.type(y).toLowerCase(),S=t.type(u).toLowerCase(),P,F=!0;if(m&&d!=="map"&&d!=="set"&&new e(y,E,b,!0).to.have.property("length"),!m&&d==="date"&&S!=="date")P=A+"the argument to most must be a date";else if(S!=="number"&&(m||d==="number"))P=A+"the argument to most must be a number";else if(!m&&d!=="date"&&d!=="number"){var z=d==="string"?"'"+y+"'":y;P=A+"expected "+z+" to be a number or a date"}else F=!1;if(F)throw new s(P,void 0,b);if(m){var D="length",j;d==="map"||d==="set"?(D="size",j=y.size):j=y.length,this.assert(j<=u,"expected #{this} to have a "+D+" at most #{exp} but got #{act}","expected #{this} to have a "+D+" above #{exp}",u,j)}else this.assert(y<=u,"expected #{this} to be at most #{exp}","expected #{this} to be above #{exp}",u)}e.addMethod("most",re),e.addMethod("lte",re),e.addMethod("lessThanOrEqual",re),e.addMethod("within",function(u,h,y){y&&r(this,"message",y);var m=r(this,"object"),E=r(this,"doLength"),A=r(this,"message"),b=A?A+": ":"",d=r(this,"ssfi"),S=t.type(m).toLowerCase(),P=t.type(u).toLowerCase(),F=t.type(h).toLowerCase(),z,D=!0,j=P==="date"&&F==="date"?u.toISOString()+".."+h.toISOString():u+".."+h;if(E&&S!=="map"&&S!=="set"&&new e(m,A,d,!0).to.have.property("length"),!E&&S==="date"&&(P!=="date"||F!=="date"))z=b+"the arguments to within must be dates";else if((P!=="number"||F!=="number")&&(E||S==="number"))z=b+"the arguments to within must be numbers";else if(!E&&S!=="date"&&S!=="number"){var C=S==="string"?"'"+m+"'":m;z=b+"expected "+C+" to be a number or a date"}else D=!1;if(D)throw new s(z,void 0,d);if(E){var L="length",Y;S==="map"||S==="set"?(L="size",Y=m.size):Y=m.length,this.assert(Y>=u&&Y<=h,"expected #{this} to have a "+L+" within "+j,"expected #{this} to not have a "+L+" within "+j)}else this.assert(m>=u&&m<=h,"expected #{this} to be within "+j,"expected #{this} to not be within "+j)});function Pe(u,h){h&&r(this,"message",h);var y=r(this,"object"),m=r(this,"ssfi"),E=r(this,"message");try{var A=y instanceof u}catch(d){throw d instanceof TypeError?(E=E?E+": ":"",new s(E+"The instanceof assertion needs a constructor but "+t.type(u)+" was given.",void 0,m)):d}var b=t.getName(u);b===null&&(b="an unnamed constructor"),this.assert(A,"expected #{this} to be an instance of "+b,"expected #{this} to not be an instance of "+b)}e.addMethod("instanceof",Pe),e.addMethod("instanceOf",Pe);function Te(u,h,y){y&&r(this,"message",y);var m=r(this,"nested"),E=r(this,"own"),A=r(this,"message"),b=r(this,"object"),d=r(this,"ssfi"),S=typeof u;if(A=A?A+": ":"",m){if(S!=="string")throw new s(A+"the argument to property must be a string when using nested syntax",void 0,d)}else if(S!=="string"&&S!=="number"&&S!=="symbol")throw new s(A+"the argument to property must be a string, number, or symbol",void 0,d);if(m&&E)throw new s(A+'The "nested" and "own" flags cannot be combined.',void 0,d);if(b==null)throw new s(A+"Target cannot be null or undefined.",void 0,d);var P=r(this,"deep"),F=r(this,"negate"),z=m?t.getPathInfo(b,u):null,D=m?z.value:b[u],j=P?r(this,"eql"):(Y,ge)=>Y===ge,C="";P&&(C+="deep "),E&&(C+="own "),m&&(C+="nested "),C+="property ";var L;E?L=Object.prototype.hasOwnProperty.call(b,u):m?L=z.exists:L=t.hasProperty(b,u),(!F||arguments.length===1)&&this.assert(L,"expected #{this} to have "+C+t.inspect(u),"expected #{this} to not have "+C+t.inspect(u)),arguments.length>1&&this.assert(L&&j(h,D),"expected #{this} to have "+C+t.inspect(u)+" of #{exp}, but got #{act}","expected #{this} to not have "+C+t.inspect(u)+" of #{act}",h,D),r(this,"object",D)}e.addMethod("property",Te);function Ne(u,h,y){r(this,"own",!0),Te.apply(this,arguments)}e.addMethod("ownProperty",Ne),e.addMethod("haveOwnProperty",Ne);function Oe(u,h,y){typeof h=="string"&&(y=h,h=null),y&&r(this,"message",y);var m=r(this,"object"),E=Object.getOwnPropertyDescriptor(Object(m),u),A=r(this,"eql");E&&h?this.assert(A(h,E),"expected the own property descriptor for "+t.inspect(u)+" on #{this} to match "+t.inspect(h)+", got "+t.inspect(E),"expected the own property descriptor for "+t.inspect(u)+" on #{this} to not match "+t.inspect(h),h,E,!0):this.assert(E,"expected #{this} to have an own property descriptor for "+t.inspect(u),"expected #{this} to not have an own property descriptor for "+t.inspect(u)),r(this,"object",E)}e.addMethod("ownPropertyDescriptor",Oe),e.addMethod("haveOwnPropertyDescriptor",Oe);function K(){r(this,"doLength",!0)}function se(u,h){h&&r(this,"message",h);var y=r(this,"object"),m=t.type(y).toLowerCase(),E=r(this,"message"),A=r(this,"ssfi"),b="length",d;switch(m){case"map":case"set":b="size",d=y.size;break;default:new e(y,E,A,!0).to.have.property("length"),d=y.length}this.assert(d==u,"expected #{this} to have a "+b+" of #{exp} but got #{act}","expected #{this} to not have a "+b+" of #{act}",u,d)}e.addChainableMethod("length",se,K),e.addChainableMethod("lengthOf",se,K);function ye(u,h){h&&r(this,"message",h);var y=r(this,"object");this.assert(u.exec(y),"expected #{this} to match "+u,"expected #{this} not to match "+u)}e.addMethod("match",ye),e.addMethod("matches",ye),e.addMethod("string",function(u,h){h&&r(this,"message",h);var y=r(this,"object"),m=r(this,"message"),E=r(this,"ssfi");new e(y,m,E,!0).is.a("string"),this.assert(~y.indexOf(u),"expected #{this} to contain "+t.inspect(u),"expected #{this} to not contain "+t.inspect(u))});function _(u){var h=r(this,"object"),y=t.type(h),m=t.type(u),E=r(this,"ssfi"),A=r(this,"deep"),b,d="",S,P=!0,F=r(this,"message");F=F?F+": ":"";var z=F+"when testing keys against an object or an array you must give a single Array|Object|String argument or multiple String arguments";if(y==="Map"||y==="Set")d=A?"deeply ":"",S=[],h.forEach(function(X,le){S.push(le)}),m!=="Array"&&(u=Array.prototype.slice.call(arguments));else{switch(S=t.getOwnEnumerableProperties(h),m){case"Array":if(arguments.length>1)throw new s(z,void 0,E);break;case"Object":if(arguments.length>1)throw new s(z,void 0,E);u=Object.keys(u);break;default:u=Array.prototype.slice.call(arguments)}u=u.map(function(X){return typeof X=="symbol"?X:String(X)})}if(!u.length)throw new s(F+"keys required",void 0,E);var D=u.length,j=r(this,"any"),C=r(this,"all"),L=u,Y=A?r(this,"eql"):(X,le)=>X===le;if(!j&&!C&&(C=!0),j&&(P=L.some(function(X){return S.some(function(le){return Y(X,le)})})),C&&(P=L.every(function(X){return S.some(function(le){return Y(X,le)})}),r(this,"contains")||(P=P&&u.length==S.length)),D>1){u=u.map(function(X){return t.inspect(X)});var ge=u.pop();C&&(b=u.join(", ")+", and "+ge),j&&(b=u.join(", ")+", or "+ge)}else b=t.inspect(u[0]);b=(D>1?"keys ":"key ")+b,b=(r(this,"contains")?"contain ":"have ")+b,this.assert(P,"expected #{this} to "+d+b,"expected #{this} to not "+d+b,L.slice(0).sort(t.compareByInspect),S.sort(t.compareByInspect),!0)}e.addMethod("keys",_),e.addMethod("key",_);function Re(u,h,y){y&&r(this,"message",y);var m=r(this,"object"),E=r(this,"ssfi"),A=r(this,"message"),b=r(this,"negate")||!1;new e(m,A,E,!0).is.a("function"),(u instanceof RegExp||typeof u=="string")&&(h=u,u=null);var d;try{m()}catch(ge){d=ge}var S=u===void 0&&h===void 0,P=!!(u&&h),F=!1,z=!1;if(S||!S&&!b){var D="an error";u instanceof Error?D="#{exp}":u&&(D=t.checkError.getConstructorName(u)),this.assert(d,"expected #{this} to throw "+D,"expected #{this} to not throw an error but #{act} was thrown",u&&u.toString(),d instanceof Error?d.toString():typeof d=="string"?d:d&&t.checkError.getConstructorName(d))}if(u&&d){if(u instanceof Error){var j=t.checkError.compatibleInstance(d,u);j===b&&(P&&b?F=!0:this.assert(b,"expected #{this} to throw #{exp} but #{act} was thrown","expected #{this} to not throw #{exp}"+(d&&!b?" but #{act} was thrown":""),u.toString(),d.toString()))}var C=t.checkError.compatibleConstructor(d,u);C===b&&(P&&b?F=!0:this.assert(b,"expected #{this} to throw #{exp} but #{act} was thrown","expected #{this} to not throw #{exp}"+(d?" but #{act} was thrown":""),u instanceof Error?u.toString():u&&t.checkError.getConstructorName(u),d instanceof Error?d.toString():d&&t.checkError.getConstructorName(d)))}if(d&&h!==void 0&&h!==null){var L="including";h instanceof RegExp&&(L="matching");var Y=t.checkError.compatibleMessage(d,h);Y===b&&(P&&b?z=!0:this.assert(b,"expected #{this} to throw error "+L+" #{exp} but got #{act}","expected #{this} to throw error not "+L+" #{exp}",h,t.checkError.getMessage(d)))}F&&z&&this.assert(b,"expected #{this} to throw #{exp} but #{act} was thrown","expected #{this} to not throw #{exp}"+(d?" but #{act} was thrown":""),u instanceof Error?u.toString():u&&t.checkError.getConstructorName(u),d instanceof Error?d.toString():d&&t.checkError.getConstructorName(d)),r(this,"object",d)}e.addMethod("throw",Re),e.addMethod("throws",Re),e.addMethod("Throw",Re);function _e(u,h){h&&r(this,"message",h);var y=r(this,"object"),m=r(this,"itself"),E=typeof y=="function"&&!m?y.prototype[u]:y[u];this.assert(typeof E=="function","expected #{this} to respond to "+t.inspect(u),"expected #{this} to not respond to "+t.inspect(u))}e.addMethod("respondTo",_e),e.addMethod("respondsTo",_e),e.addProperty("itself",function(){r(this,"itself",!0)});function He(u,h){h&&r(this,"message",h);var y=r(this,"object"),m=u(y);this.assert(m,"expected #{this} to satisfy "+t.objDisplay(u),"expected #{this} to not satisfy"+t.objDisplay(u),!r(this,"negate"),m)}e.addMethod("satisfy",He),e.addMethod("satisfies",He);function et(u,h,y){y&&r(this,"message",y);var m=r(this,"object"),E=r(this,"message"),A=r(this,"ssfi");if(new e(m,E,A,!0).is.a("number"),typeof u!="number"||typeof h!="number"){E=E?E+": ":"";var b=h===void 0?", and a delta is required":"";throw new s(E+"the arguments to closeTo or approximately must be numbers"+b,void 0,A)}this.assert(Math.abs(m-u)<=h,"expected #{this} to be close to "+u+" +/- "+h,"expected #{this} not to be close to "+u+" +/- "+h)}e.addMethod("closeTo",et),e.addMethod("approximately",et);function bt(u,h,y,m,E){if(!m){if(u.length!==h.length)return!1;h=h.slice()}return u.every(function(A,b){if(E)return y?y(A,h[b]):A===h[b];if(!y){var d=h.indexOf(A);return d===-1?!1:(m||h.splice(d,1),!0)}return h.some(function(S,P){return y(A,S)?(m||h.splice(P,1),!0):!1})})}e.addMethod("members",function(u,h){h&&r(this,"message",h);var y=r(this,"object"),m=r(this,"message"),E=r(this,"ssfi");new e(y,m,E,!0).to.be.an("array"),new e(u,m,E,!0).to.be.an("array");var A=r(this,"contains"),b=r(this,"ordered"),d,S,P;A?(d=b?"an ordered superset":"a superset",S="expected #{this} to be "+d+" of #{exp}",P="expected #{this} to not be "+d+" of #{exp}"):(d=b?"ordered members":"members",S="expected #{this} to have the same "+d+" as #{exp}",P="expected #{this} to not have the same "+d+" as #{exp}");var F=r(this,"deep")?r(this,"eql"):void 0;this.assert(bt(u,y,F,A,b),S,P,u,y,!0)});function xt(u,h){h&&r(this,"message",h);var y=r(this,"object"),m=r(this,"message"),E=r(this,"ssfi"),A=r(this,"contains"),b=r(this,"deep"),d=r(this,"eql");new e(u,m,E,!0).to.be.an("array"),A?this.assert(u.some(function(S){return y.indexOf(S)>-1}),"expected #{this} to contain one of #{exp}","expected #{this} to not contain one of #{exp}",u,y):b?this.assert(u.some(function(S){return d(y,S)}),"expected #{this} to deeply equal one of #{exp}","expected #{this} to deeply equal one of #{exp}",u,y):this.assert(u.indexOf(y)>-1,"expected #{this} to be one of #{exp}","expected #{this} to not be one of #{exp}",u,y)}e.addMethod("oneOf",xt);function Le(u,h,y){y&&r(this,"message",y);var m=r(this,"object"),E=r(this,"message"),A=r(this,"ssfi");new e(m,E,A,!0).is.a("function");var b;h?(new e(u,E,A,!0).to.have.property(h),b=u[h]):(new e(u,E,A,!0).is.a("function"),b=u()),m();var d=h==null?u():u[h],S=h==null?b:"."+h;r(this,"deltaMsgObj",S),r(this,"initialDeltaValue",b),r(this,"finalDeltaValue",d),r(this,"deltaBehavior","change"),r(this,"realDelta",d!==b),this.assert(b!==d,"expected "+S+" to change","expected "+S+" to not change")}e.addMethod("change",Le),e.addMethod("changes",Le);function Ve(u,h,y){y&&r(this,"message",y);var m=r(this,"object"),E=r(this,"message"),A=r(this,"ssfi");new e(m,E,A,!0).is.a("function");var b;h?(new e(u,E,A,!0).to.have.property(h),b=u[h]):(new e(u,E,A,!0).is.a("function"),b=u()),new e(b,E,A,!0).is.a("number"),m();var d=h==null?u():u[h],S=h==null?b:"."+h;r(this,"deltaMsgObj",S),r(this,"initialDeltaValue",b),r(this,"finalDeltaValue",d),r(this,"deltaBehavior","increase"),r(this,"realDelta",d-b),this.assert(d-b>0,"expected "+S+" to increase","expected "+S+" to not increase")}e.addMethod("increase",Ve),e.addMethod("increases",Ve);function tt(u,h,y){y&&r(this,"message",y);var m=r(this,"object"),E=r(this,"message"),A=r(this,"ssfi");new e(m,E,A,!0).is.a("function");var b;h?(new e(u,E,A,!0).to.have.property(h),b=u[h]):(new e(u,E,A,!0).is.a("function"),b=u()),new e(b,E,A,!0).is.a("number"),m();var d=h==null?u():u[h],S=h==null?b:"."+h;r(this,"deltaMsgObj",S),r(this,"initialDeltaValue",b),r(this,"finalDeltaValue",d),r(this,"deltaBehavior","decrease"),r(this,"realDelta",b-d),this.assert(d-b<0,"expected "+S+" to decrease","expected "+S+" to not decrease")}e.addMethod("decrease",tt),e.addMethod("decreases",tt);function vt(u,h){h&&r(this,"message",h);var y=r(this,"deltaMsgObj"),m=r(this,"initialDeltaValue"),E=r(this,"finalDeltaValue"),A=r(this,"deltaBehavior"),b=r(this,"realDelta"),d;A==="change"?d=Math.abs(E-m)===Math.abs(u):d=b===Math.abs(u),this.assert(d,"expected "+y+" to "+A+" by "+u,"expected "+y+" to not "+A+" by "+u)}e.addMethod("by",vt),e.addProperty("extensible",function(){var u=r(this,"object"),h=u===Object(u)&&Object.isExtensible(u);this.assert(h,"expected #{this} to be extensible","expected #{this} to not be extensible")}),e.addProperty("sealed",function(){var u=r(this,"object"),h=u===Object(u)?Object.isSealed(u):!0;this.assert(h,"expected #{this} to be sealed","expected #{this} to not be sealed")}),e.addProperty("frozen",function(){var u=r(this,"object"),h=u===Object(u)?Object.isFrozen(u):!0;this.assert(h,"expected #{this} to be frozen","expected #{this} to not be frozen")}),e.addProperty("finite",function(u){var h=r(this,"object");this.assert(typeof h=="number"&&isFinite(h),"expected #{this} to be a finite number","expected #{this} to not be a finite number")})}});var di=O((Ya,pi)=>{x();pi.exports=function(n,t){n.expect=function(e,s){return new n.Assertion(e,s)},n.expect.fail=function(e,s,r,i){throw arguments.length<2&&(r=e,e=void 0),r=r||"expect.fail()",new n.AssertionError(r,{actual:e,expected:s,operator:i},n.expect.fail)}}});var gi=O((Za,yi)=>{x();yi.exports=function(n,t){var e=n.Assertion;function s(){function r(){return this instanceof String||this instanceof Number||this instanceof Boolean||typeof Symbol=="function"&&this instanceof Symbol||typeof BigInt=="function"&&this instanceof BigInt?new e(this.valueOf(),null,r):new e(this,null,r)}function i(a){Object.defineProperty(this,"should",{value:a,enumerable:!0,configurable:!0,writable:!0})}Object.defineProperty(Object.prototype,"should",{set:i,get:r,configurable:!0});var o={};return o.fail=function(a,c,w,v){throw arguments.length<2&&(w=a,a=void 0),w=w||"should.fail()",new n.AssertionError(w,{actual:a,expected:c,operator:v},o.fail)},o.equal=function(a,c,w){new e(a,w).to.equal(c)},o.Throw=function(a,c,w,v){new e(a,v).to.Throw(c,w)},o.exist=function(a,c){new e(a,c).to.exist},o.not={},o.not.equal=function(a,c,w){new e(a,w).to.not.equal(c)},o.not.Throw=function(a,c,w,v){new e(a,v).to.not.Throw(c,w)},o.not.exist=function(a,c){new e(a,c).to.not.exist},o.throw=o.Throw,o.not.throw=o.not.Throw,o}n.should=s,n.Should=s}});var mi=O((Xa,wi)=>{x();wi.exports=function(n,t){var e=n.Assertion,s=t.flag;var r=n.assert=function(i,o){var a=new e(null,null,n.assert,!0);a.assert(i,o,"[ negation message unavailable ]")};r.fail=function(i,o,a,c){throw arguments.length<2&&(a=i,i=void 0),a=a||"assert.fail()",new n.AssertionError(a,{actual:i,expected:o,operator:c},r.fail)},r.isOk=function(i,o){new e(i,o,r.isOk,!0).is.ok},r.isNotOk=function(i,o){new e(i,o,r.isNotOk,!0).is.not.ok},r.equal=function(i,o,a){var c=new e(i,a,r.equal,!0);c.assert(o==s(c,"object"),"expected #{this} to equal #{exp}","expected #{this} to not equal #{act}",o,i,!0)},r.notEqual=function(i,o,a){var c=new e(i,a,r.notEqual,!0);c.assert(o!=s(c,"object"),"expected #{this} to not equal #{exp}","expected #{this} to equal #{act}",o,i,!0)},r.strictEqual=function(i,o,a){new e(i,a,r.strictEqual,!0).to.equal(o)},r.notStrictEqual=function(i,o,a){new e(i,a,r.notStrictEqual,!0).to.not.equal(o)},r.deepEqual=r.deepStrictEqual=function(i,o,a){new e(i,a,r.deepEqual,!0).to.eql(o)},r.notDeepEqual=function(i,o,a){new e(i,a,r.notDeepEqual,!0).to.not.eql(o)},r.isAbove=function(i,o,a){new e(i,a,r.isAbove,!0).to.be.above(o)},r.isAtLeast=function(i,o,a){new e(i,a,r.isAtLeast,!0).to.be.least(o)},r.isBelow=function(i,o,a){new e(i,a,r.isBelow,!0).to.be.below(o)},r.isAtMost=function(i,o,a){new e(i,a,r.isAtMost,!0).to.be.most(o)},r.isTrue=function(i,o){new e(i,o,r.isTrue,!0).is.true},r.isNotTrue=function(i,o){new e(i,o,r.isNotTrue,!0).to.not.equal(!0)},r.isFalse=function(i,o){new e(i,o,r.isFalse,!0).is.false},r.isNotFalse=function(i,o){new e(i,o,r.isNotFalse,!0).to.not.equal(!1)},r.isNull=function(i,o){new e(i,o,r.isNull,!0).to.equal(null)},r.isNotNull=function(i,o){new e(i,o,r.isNotNull,!0).to.not.equal(null)},r.isNaN=function(i,o){new e(i,o,r.isNaN,!0).to.be.NaN},r.isNotNaN=function(i,o){new e(i,o,r.isNotNaN,!0).not.to.be.NaN},r.exists=function(i,o){new e(i,o,r.exists,!0).to.exist},r.notExists=function(i,o){new e(i,o,r.notExists,!0).to.not.exist},r.isUndefined=function(i,o){new e(i,o,r.isUndefined,!0).to.equal(void 0)},r.isDefined=function(i,o){new e(i,o,r.isDefined,!0).to.not.equal(void 0)},r.isFunction=function(i,o){new e(i,o,r.isFunction,!0).to.be.a("function")},r.isNotFunction=function(i,o){new e(i,o,r.isNotFunction,!0).to.not.be.a("function")},r.isObject=function(i,o){new e(i,o,r.isObject,!0).to.be.a("object")},r.isNotObject=function(i,o){new e(i,o,r.isNotObject,!0).to.not.be.a("object")},r.isArray=function(i,o){new e(i,o,r.isArray,!0).to.be.an("array")},r.isNotArray=function(i,o){new e(i,o,r.isNotArray,!0).to.not.be.an("array")},r.isString=function(i,o){new e(i,o,r.isString,!0).to.be.a("string")},r.isNotString=function(i,o){new e(i,o,r.isNotString,!0).to.not.be.a("string")},r.isNumber=function(i,o){new e(i,o,r.isNumber,!0).to.be.a("number")},r.isNotNumber=function(i,o){new e(i,o,r.isNotNumber,!0).to.not.be.a("number")},r.isFinite=function(i,o){new e(i,o,r.isFinite,!0).to.be.finite},r.isBoolean=function(i,o){new e(i,o,r.isBoolean,!0).to.be.a("boolean")},r.isNotBoolean=function(i,o){new e(i,o,r.isNotBoolean,!0).to.not.be.a("boolean")},r.typeOf=function(i,o,a){new e(i,a,r.typeOf,!0).to.be.a(o)},r.notTypeOf=function(i,o,a){new e(i,a,r.notTypeOf,!0).to.not.be.a(o)},r.instanceOf=function(i,o,a){new e(i,a,r.instanceOf,!0).to.be.instanceOf(o)},r.notInstanceOf=function(i,o,a){new e(i,a,r.notInstanceOf,!0).to.not.be.instanceOf(o)},r.include=function(i,o,a){new e(i,a,r.include,!0).include(o)},r.notInclude=function(i,o,a){new e(i,a,r.notInclude,!0).not.include(o)},r.deepInclude=function(i,o,a){new e(i,a,r.deepInclude,!0).deep.include(o)},r.notDeepInclude=function(i,o,a){new e(i,a,r.notDeepInclude,!0).not.deep.include(o)},r.nestedInclude=function(i,o,a){new e(i,a,r.nestedInclude,!0).nested.include(o)},r.notNestedInclude=function(i,o,a){new e(i,a,r.notNestedInclude,!0).not.nested.include(o)},r.deepNestedInclude=function(i,o,a){new e(i,a,r.deepNestedInclude,!0).deep.nested.include(o)},r.notDeepNestedInclude=function(i,o,a){new e(i,a,r.notDeepNestedInclude,!0).not.deep.nested.include(o)},r.ownInclude=function(i,o,a){new e(i,a,r.ownInclude,!0).own.include(o)},r.notOwnInclude=function(i,o,a){new e(i,a,r.notOwnInclude,!0).not.own.include(o)},r.deepOwnInclude=function(i,o,a){new e(i,a,r.deepOwnInclude,!0).deep.own.include(o)},r.notDeepOwnInclude=function(i,o,a){new e(i,a,r.notDeepOwnInclude,!0).not.deep.own.include(o)},r.match=function(i,o,a){new e(i,a,r.match,!0).to.match(o)},r.notMatch=function(i,o,a){new e(i,a,r.notMatch,!0).to.not.match(o)},r.property=function(i,o,a){new e(i,a,r.property,!0).to.have.property(o)},r.notProperty=function(i,o,a){new e(i,a,r.notProperty,!0).to.not.have.property(o)},r.propertyVal=function(i,o,a,c){new e(i,c,r.propertyVal,!0).to.have.property(o,a)},r.notPropertyVal=function(i,o,a,c){new e(i,c,r.notPropertyVal,!0).to.not.have.property(o,a)},r.deepPropertyVal=function(i,o,a,c){new e(i,c,r.deepPropertyVal,!0).to.have.deep.property(o,a)},r.notDeepPropertyVal=function(i,o,a,c){new e(i,c,r.notDeepPropertyVal,!0).to.not.have.deep.property(o,a)},r.ownProperty=function(i,o,a){new e(i,a,r.ownProperty,!0).to.have.own.property(o)},r.notOwnProperty=function(i,o,a){new e(i,a,r.notOwnProperty,!0).to.not.have.own.property(o)},r.ownPropertyVal=function(i,o,a,c){new e(i,c,r.ownPropertyVal,!0).to.have.own.property(o,a)},r.notOwnPropertyVal=function(i,o,a,c){new e(i,c,r.notOwnPropertyVal,!0).to.not.have.own.property(o,a)},r.deepOwnPropertyVal=function(i,o,a,c){new e(i,c,r.deepOwnPropertyVal,!0).to.have.deep.own.property(o,a)},r.notDeepOwnPropertyVal=function(i,o,a,c){new e(i,c,r.notDeepOwnPropertyVal,!0).to.not.have.deep.own.property(o,a)},r.nestedProperty=function(i,o,a){new e(i,a,r.nestedProperty,!0).to.have.nested.property(o)},r.notNestedProperty=function(i,o,a){new e(i,a,r.notNestedProperty,!0).to.not.have.nested.property(o)},r.nestedPropertyVal=function(i,o,a,c){new e(i,c,r.nestedPropertyVal,!0).to.have.nested.property(o,a)},r.notNestedPropertyVal=function(i,o,a,c){new e(i,c,r.notNestedPropertyVal,!0).to.not.have.nested.property(o,a)},r.deepNestedPropertyVal=function(i,o,a,c){new e(i,c,r.deepNestedPropertyVal,!0).to.have.deep.nested.property(o,a)},r.notDeepNestedPropertyVal=function(i,o,a,c){new e(i,c,r.notDeepNestedPropertyVal,!0).to.not.have.deep.nested.property(o,a)},r.lengthOf=function(i,o,a){new e(i,a,r.lengthOf,!0).to.have.lengthOf(o)},r.hasAnyKeys=function(i,o,a){new e(i,a,r.hasAnyKeys,!0).to.have.any.keys(o)},r.hasAllKeys=function(i,o,a){new e(i,a,r.hasAllKeys,!0).to.have.all.keys(o)},r.containsAllKeys=function(i,o,a){new e(i,a,r.containsAllKeys,!0).to.contain.all.keys(o)},r.doesNotHaveAnyKeys=function(i,o,a){new e(i,a,r.doesNotHaveAnyKeys,!0).to.not.have.any.keys(o)},r.doesNotHaveAllKeys=function(i,o,a){new e(i,a,r.doesNotHaveAllKeys,!0).to.not.have.all.keys(o)},r.hasAnyDeepKeys=function(i,o,a){new e(i,a,r.hasAnyDeepKeys,!0).to.have.any.deep.keys(o)},r.hasAllDeepKeys=function(i,o,a){new e(i,a,r.hasAllDeepKeys,!0).to.have.all.deep.keys(o)},r.containsAllDeepKeys=function(i,o,a){new e(i,a,r.containsAllDeepKeys,!0).to.contain.all.deep.keys(o)},r.doesNotHaveAnyDeepKeys=function(i,o,a){new e(i,a,r.doesNotHaveAnyDeepKeys,!0).to.not.have.any.deep.keys(o)},r.doesNotHaveAllDeepKeys=function(i,o,a){new e(i,a,r.doesNotHaveAllDeepKeys,!0).to.not.have.all.deep.keys(o)},r.throws=function(i,o,a,c){(typeof o=="string"||o instanceof RegExp)&&(a=o,o=null);var w=new e(i,c,r.throws,!0).to.throw(o,a);return s(w,"object")},r.doesNotThrow=function(i,o,a,c){(typeof o=="string"||o instanceof RegExp)&&(a=o,o=null),new e(i,c,r.doesNotThrow,!0).to.not.throw(o,a)},r.operator=function(i,o,a,c){var w;switch(o){case"==":w=i==a;break;case"===":w=i===a;break;case">":w=i>a;break;case">=":w=i>=a;break;case"<":w=i<a;break;case"<=":w=i<=a;break;case"!=":w=i!=a;break;case"!==":w=i!==a;break;default:throw c=c&&c+": ",new n.AssertionError(c+'Invalid operator "'+o+'"',void 0,r.operator)}var v=new e(w,c,r.operator,!0);v.assert(s(v,"object")===!0,"expected "+t.inspect(i)+" to be "+o+" "+t.inspect(a),"expected "+t.inspect(i)+" to not be "+o+" "+t.inspect(a))},r.closeTo=function(i,o,a,c){new e(i,c,r.closeTo,!0).to.be.closeTo(o,a)},r.approximately=function(i,o,a,c){new e(i,c,r.approximately,!0).to.be.approximately(o,a)},r.sameMembers=function(i,o,a){new e(i,a,r.sameMembers,!0).to.have.same.members(o)},r.notSameMembers=function(i,o,a){new e(i,a,r.notSameMembers,!0).to.not.have.same.members(o)},r.sameDeepMembers=function(i,o,a){new e(i,a,r.sameDeepMembers,!0).to.have.same.deep.members(o)},r.notSameDeepMembers=function(i,o,a){new e(i,a,r.notSameDeepMembers,!0).to.not.have.same.deep.members(o)},r.sameOrderedMembers=function(i,o,a){new e(i,a,r.sameOrderedMembers,!0).to.have.same.ordered.members(o)},r.notSameOrderedMembers=function(i,o,a){new e(i,a,r.notSameOrderedMembers,!0).to.not.have.same.ordered.members(o)},r.sameDeepOrderedMembers=function(i,o,a){new e(i,a,r.sameDeepOrderedMembers,!0).to.have.same.deep.ordered.members(o)},r.notSameDeepOrderedMembers=function(i,o,a){new e(i,a,r.notSameDeepOrderedMembers,!0).to.not.have.same.deep.ordered.members(o)},r.includeMembers=function(i,o,a){new e(i,a,r.includeMembers,!0).to.include.members(o)},r.notIncludeMembers=function(i,o,a){new e(i,a,r.notIncludeMembers,!0).to.not.include.members(o)},r.includeDeepMembers=function(i,o,a){new e(i,a,r.includeDeepMembers,!0).to.include.deep.members(o)},r.notIncludeDeepMembers=function(i,o,a){new e(i,a,r.notIncludeDeepMembers,!0).to.not.include.deep.members(o)},r.includeOrderedMembers=function(i,o,a){new e(i,a,r.includeOrderedMembers,!0).to.include.ordered.members(o)},r.notIncludeOrderedMembers=function(i,o,a){new e(i,a,r.notIncludeOrderedMembers,!0).to.not.include.ordered.members(o)},r.includeDeepOrderedMembers=function(i,o,a){new e(i,a,r.includeDeepOrderedMembers,!0).to.include.deep.ordered.members(o)},r.notIncludeDeepOrderedMembers=function(i,o,a){new e(i,a,r.notIncludeDeepOrderedMembers,!0).to.not.include.deep.ordered.members(o)},r.oneOf=function(i,o,a){new e(i,a,r.oneOf,!0).to.be.oneOf(o)},r.changes=function(i,o,a,c){arguments.length===3&&typeof o=="function"&&(c=a,a=null),new e(i,c,r.changes,!0).to.change(o,a)},r.changesBy=function(i,o,a,c,w){if(arguments.length===4&&typeof o=="function"){var v=c;c=a,w=v}else arguments.length===3&&(c=a,a=null);new e(i,w,r.changesBy,!0).to.change(o,a).by(c)},r.doesNotChange=function(i,o,a,c){return arguments.length===3&&typeof o=="function"&&(c=a,a=null),new e(i,c,r.doesNotChange,!0).to.not.change(o,a)},r.changesButNotBy=function(i,o,a,c,w){if(arguments.length===4&&typeof o=="function"){var v=c;c=a,w=v}else arguments.length===3&&(c=a,a=null);new e(i,w,r.changesButNotBy,!0).to.change(o,a).but.not.by(c)},r.increases=function(i,o,a,c){return arguments.length===3&&typeof o=="function"&&(c=a,a=null),new e(i,c,r.increases,!0).to.increase(o,a)},r.increasesBy=function(i,o,a,c,w){if(arguments.length===4&&typeof o=="function"){var v=c;c=a,w=v}else arguments.length===3&&(c=a,a=null);new e(i,w,r.increasesBy,!0).to.increase(o,a).by(c)},r.doesNotIncrease=function(i,o,a,c){return arguments.length===3&&typeof o=="function"&&(c=a,a=null),new e(i,c,r.doesNotIncrease,!0).to.not.increase(o,a)},r.increasesButNotBy=function(i,o,a,c,w){if(arguments.length===4&&typeof o=="function"){var v=c;c=a,w=v}else arguments.length===3&&(c=a,a=null);new e(i,w,r.increasesButNotBy,!0).to.increase(o,a).but.not.by(c)},r.decreases=function(i,o,a,c){return arguments.length===3&&typeof o=="function"&&(c=a,a=null),new e(i,c,r.decreases,!0).to.decrease(o,a)},r.decreasesBy=function(i,o,a,c,w){if(arguments.length===4&&typeof o=="function"){var v=c;c=a,w=v}else arguments.length===3&&(c=a,a=null);new e(i,w,r.decreasesBy,!0).to.decrease(o,a).by(c)},r.doesNotDecrease=function(i,o,a,c){return arguments.length===3&&typeof o=="function"&&(c=a,a=null),new e(i,c,r.doesNotDecrease,!0).to.not.decrease(o,a)},r.doesNotDecreaseBy=function(i,o,a,c,w){if(arguments.length===4&&typeof o=="function"){var v=c;c=a,w=v}else arguments.length===3&&(c=a,a=null);return new e(i,w,r.doesNotDecreaseBy,!0).to.not.decrease(o,a).by(c)},r.decreasesButNotBy=function(i,o,a,c,w){if(arguments.length===4&&typeof o=="function"){var v=c;c=a,w=v}else arguments.length===3&&(c=a,a=null);new e(i,w,r.decreasesButNotBy,!0).to.decrease(o,a).but.not.by(c)};r.ifError=function(i){if(i)throw i},r.isExtensible=function(i,o){new e(i,o,r.isExtensible,!0).to.be.extensible},r.isNotExtensible=function(i,o){new e(i,o,r.isNotExtensible,!0).to.not.be.extensible},r.isSealed=function(i,o){new e(i,o,r.isSealed,!0).to.be.sealed},r.isNotSealed=function(i,o){new e(i,o,r.isNotSealed,!0).to.not.be.sealed},r.isFrozen=function(i,o){new e(i,o,r.isFrozen,!0).to.be.frozen},r.isNotFrozen=function(i,o){new e(i,o,r.isNotFrozen,!0).to.not.be.frozen},r.isEmpty=function(i,o){new e(i,o,r.isEmpty,!0).to.be.empty},r.isNotEmpty=function(i,o){new e(i,o,r.isNotEmpty,!0).to.not.be.empty};(function i(o,a){return r[a]=r[o],i})("isOk","ok")("isNotOk","notOk")("throws","throw")("throws","Throw")("isExtensible","extensible")("isNotExtensible","notExtensible")("isSealed","sealed")("isNotSealed","notSealed")("isFrozen","frozen")("isNotFrozen","notFrozen")("isEmpty","empty")("isNotEmpty","notEmpty")}});var be=O(ee=>{x();var bi=[];ee.version="4.3.8";ee.AssertionError=Ut();var xi=ui();ee.use=function(n){return~bi.indexOf(n)||(n(ee,xi),bi.push(n)),ee};ee.util=xi;var ys=Ie();ee.config=ys;var gs=fi();ee.use(gs);var ws=hi();ee.use(ws);var ms=di();ee.use(ms);var bs=gi();ee.use(bs);var xs=mi();ee.use(xs)});var Ei=O((ru,vi)=>{x();vi.exports=be()});x();module.exports=Ei();
/*! Bundled license information:

ieee754/index.js:
  (*! ieee754. BSD-3-Clause License. Feross Aboukhadijeh <https://feross.org/opensource> *)

buffer/index.js:
  (*!
   * The buffer module from node.js, for the browser.
   *
   * @author   Feross Aboukhadijeh <https://feross.org>
   * @license  MIT
   *)

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

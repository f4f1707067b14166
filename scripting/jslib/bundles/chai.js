var Bi=Object.create;var Xt=Object.defineProperty;var Si=Object.getOwnPropertyDescriptor;var Ii=Object.getOwnPropertyNames;var Mi=Object.getPrototypeOf,Pi=Object.prototype.hasOwnProperty;var Ti=(n,t,e)=>()=>{if(e)throw e[0];try{return n&&(t=n(n=0)),t}catch(s){throw e=[s],s}};var O=(n,t)=>()=>{try{return t||n((t={exports:{}}).exports,t),t.exports}catch(e){throw t=0,e}};var Ni=(n,t,e,s)=>{if(t&&typeof t=="object"||typeof t=="function")for(let r of Ii(t))!Pi.call(n,r)&&r!==e&&Xt(n,r,{get:()=>t[r],enumerable:!(s=Si(t,r))||s.enumerable});return n};var Ht=(n,t,e)=>(e=n!=null?Bi(Mi(n)):{},Ni(t||!n||!n.__esModule?Xt(e,"default",{value:n,enumerable:!0}):e,n));var rr=O(st=>{"use strict";v();st.byteLength=Fi;st.toByteArray=ji;st.fromByteArray=Ui;var se=[],ne=[],Oi=typeof Uint8Array!="undefined"?Uint8Array:Array,vt="ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";for(ve=0,er=vt.length;ve<er;++ve)se[ve]=vt[ve],ne[vt.charCodeAt(ve)]=ve;var ve,er;ne[45]=62;ne[95]=63;function tr(n){var t=n.length;if(t%4>0)throw new Error("Invalid string. Length must be a multiple of 4");var e=n.indexOf("=");e===-1&&(e=t);var s=e===t?0:4-e%4;return[e,s]}function Fi(n){var t=tr(n),e=t[0],s=t[1];return(e+s)*3/4-s}function qi(n,t,e){return(t+e)*3/4-e}function ji(n){var t,e=tr(n),s=e[0],r=e[1],i=new Oi(qi(n,s,r)),o=0,a=r>0?s-4:s,c;for(c=0;c<a;c+=4)t=ne[n.charCodeAt(c)]<<18|ne[n.charCodeAt(c+1)]<<12|ne[n.charCodeAt(c+2)]<<6|ne[n.charCodeAt(c+3)],i[o++]=t>>16&255,i[o++]=t>>8&255,i[o++]=t&255;return r===2&&(t=ne[n.charCodeAt(c)]<<2|ne[n.charCodeAt(c+1)]>>4,i[o++]=t&255),r===1&&(t=ne[n.charCodeAt(c)]<<10|ne[n.charCodeAt(c+1)]<<4|ne[n.charCodeAt(c+2)]>>2,i[o++]=t>>8&255,i[o++]=t&255),i}function Di(n){return se[n>>18&63]+se[n>>12&63]+se[n>>6&63]+se[n&63]}function Ci(n,t,e){for(var s,r=[],i=t;i<e;i+=3)s=(n[i]<<16&16711680)+(n[i+1]<<8&65280)+(n[i+2]&255),r.push(Di(s));return r.join("")}function Ui(n){for(var t,e=n.length,s=e%3,r=[],i=16383,o=0,a=e-s;o<a;o+=i)r.push(Ci(n,o,o+i>a?a:o+i));return s===1?(t=n[e-1],r.push(se[t>>2]+se[t<<4&63]+"==")):s===2&&(t=(n[e-2]<<8)+n[e-1],r.push(se[t>>10]+se[t>>4&63]+se[t<<2&63]+"=")),r.join("")}});var nr=O(Et=>{v();Et.read=function(n,t,e,s,r){var i,o,a=r*8-s-1,c=(1<<a)-1,w=c>>1,x=-7,M=e?r-1:0,Z=e?-1:1,z=n[t+M];for(M+=Z,i=z&(1<<-x)-1,z>>=-x,x+=a;x>0;i=i*256+n[t+M],M+=Z,x-=8);for(o=i&(1<<-x)-1,i>>=-x,x+=s;x>0;o=o*256+n[t+M],M+=Z,x-=8);if(i===0)i=1-w;else{if(i===c)return o?NaN:(z?-1:1)*(1/0);o=o+Math.pow(2,s),i=i-w}return(z?-1:1)*o*Math.pow(2,i-s)};Et.write=function(n,t,e,s,r,i){var o,a,c,w=i*8-r-1,x=(1<<w)-1,M=x>>1,Z=r===23?Math.pow(2,-24)-Math.pow(2,-77):0,z=s?0:i-1,V=s?1:-1,fe=t<0||t===0&&1/t<0?1:0;for(t=Math.abs(t),isNaN(t)||t===1/0?(a=isNaN(t)?1:0,o=x):(o=Math.floor(Math.log(t)/Math.LN2),t*(c=Math.pow(2,-o))<1&&(o--,c*=2),o+M>=1?t+=Z/c:t+=Z*Math.pow(2,1-M),t*c>=2&&(o++,c/=2),o+M>=x?(a=0,o=x):o+M>=1?(a=(t*c-1)*Math.pow(2,r),o=o+M):(a=t*Math.pow(2,M-1)*Math.pow(2,r),o=0));r>=8;n[e+z]=a&255,z+=V,a/=256,r-=8);for(o=o<<r|a,w+=r;w>0;n[e+z]=o&255,z+=V,o/=256,w-=8);n[e+z-V]|=fe*128}});var xr=O(Ue=>{"use strict";v();var At=rr(),De=nr(),ir=typeof Symbol=="function"&&typeof Symbol.for=="function"?Symbol.for("nodejs.util.inspect.custom"):null;Ue.Buffer=p;Ue.SlowBuffer=Vi;Ue.INSPECT_MAX_BYTES=50;var at=2147483647;Ue.kMaxLength=at;p.TYPED_ARRAY_SUPPORT=ki();!p.TYPED_ARRAY_SUPPORT&&typeof console!="undefined"&&typeof console.error=="function"&&console.error("This browser lacks typed array (Uint8Array) support which is required by `buffer` v5.x. Use `buffer` v4.x if you require old browser support.");function ki(){try{let n=new Uint8Array(1),t={foo:function(){return 42}};return Object.setPrototypeOf(t,Uint8Array.prototype),Object.setPrototypeOf(n,t),n.foo()===42}catch(n){return!1}}Object.defineProperty(p.prototype,"parent",{enumerable:!0,get:function(){if(p.isBuffer(this))return this.buffer}});Object.defineProperty(p.prototype,"offset",{enumerable:!0,get:function(){if(p.isBuffer(this))return this.byteOffset}});function he(n){if(n>at)throw new RangeError('The value "'+n+'" is invalid for option "size"');let t=new Uint8Array(n);return Object.setPrototypeOf(t,p.prototype),t}function p(n,t,e){if(typeof n=="number"){if(typeof t=="string")throw new TypeError('The "string" argument must be of type string. Received type number');return Mt(n)}return ur(n,t,e)}p.poolSize=8192;function ur(n,t,e){if(typeof n=="string")return Ri(n,t);if(ArrayBuffer.isView(n))return Li(n);if(n==null)throw new TypeError("The first argument must be one of type string, Buffer, ArrayBuffer, Array, or Array-like Object. Received type "+typeof n);if(ae(n,ArrayBuffer)||n&&ae(n.buffer,ArrayBuffer)||typeof SharedArrayBuffer!="undefined"&&(ae(n,SharedArrayBuffer)||n&&ae(n.buffer,SharedArrayBuffer)))return St(n,t,e);if(typeof n=="number")throw new TypeError('The "value" argument must not be of type number. Received type number');let s=n.valueOf&&n.valueOf();if(s!=null&&s!==n)return p.from(s,t,e);let r=_i(n);if(r)return r;if(typeof Symbol!="undefined"&&Symbol.toPrimitive!=null&&typeof n[Symbol.toPrimitive]=="function")return p.from(n[Symbol.toPrimitive]("string"),t,e);throw new TypeError("The first argument must be one of type string, Buffer, ArrayBuffer, Array, or Array-like Object. Received type "+typeof n)}p.from=function(n,t,e){return ur(n,t,e)};Object.setPrototypeOf(p.prototype,Uint8Array.prototype);Object.setPrototypeOf(p,Uint8Array);function cr(n){if(typeof n!="number")throw new TypeError('"size" argument must be of type number');if(n<0)throw new RangeError('The value "'+n+'" is invalid for option "size"')}function zi(n,t,e){return cr(n),n<=0?he(n):t!==void 0?typeof e=="string"?he(n).fill(t,e):he(n).fill(t):he(n)}p.alloc=function(n,t,e){return zi(n,t,e)};function Mt(n){return cr(n),he(n<0?0:Pt(n)|0)}p.allocUnsafe=function(n){return Mt(n)};p.allocUnsafeSlow=function(n){return Mt(n)};function Ri(n,t){if((typeof t!="string"||t==="")&&(t="utf8"),!p.isEncoding(t))throw new TypeError("Unknown encoding: "+t);let e=fr(n,t)|0,s=he(e),r=s.write(n,t);return r!==e&&(s=s.slice(0,r)),s}function Bt(n){let t=n.length<0?0:Pt(n.length)|0,e=he(t);for(let s=0;s<t;s+=1)e[s]=n[s]&255;return e}function Li(n){if(ae(n,Uint8Array)){let t=new Uint8Array(n);return St(t.buffer,t.byteOffset,t.byteLength)}return Bt(n)}function St(n,t,e){if(t<0||n.byteLength<t)throw new RangeError('"offset" is outside of buffer bounds');if(n.byteLength<t+(e||0))throw new RangeError('"length" is outside of buffer bounds');let s;return t===void 0&&e===void 0?s=new Uint8Array(n):e===void 0?s=new Uint8Array(n,t):s=new Uint8Array(n,t,e),Object.setPrototypeOf(s,p.prototype),s}function _i(n){if(p.isBuffer(n)){let t=Pt(n.length)|0,e=he(t);return e.length===0||n.copy(e,0,0,t),e}if(n.length!==void 0)return typeof n.length!="number"||Nt(n.length)?he(0):Bt(n);if(n.type==="Buffer"&&Array.isArray(n.data))return Bt(n.data)}function Pt(n){if(n>=at)throw new RangeError("Attempt to allocate Buffer larger than maximum size: 0x"+at.toString(16)+" bytes");return n|0}function Vi(n){return+n!=n&&(n=0),p.alloc(+n)}p.isBuffer=function(t){return t!=null&&t._isBuffer===!0&&t!==p.prototype};p.compare=function(t,e){if(ae(t,Uint8Array)&&(t=p.from(t,t.offset,t.byteLength)),ae(e,Uint8Array)&&(e=p.from(e,e.offset,e.byteLength)),!p.isBuffer(t)||!p.isBuffer(e))throw new TypeError('The "buf1", "buf2" arguments must be one of type Buffer or Uint8Array');if(t===e)return 0;let s=t.length,r=e.length;for(let i=0,o=Math.min(s,r);i<o;++i)if(t[i]!==e[i]){s=t[i],r=e[i];break}return s<r?-1:r<s?1:0};p.isEncoding=function(t){switch(String(t).toLowerCase()){case"hex":case"utf8":case"utf-8":case"ascii":case"latin1":case"binary":case"base64":case"ucs2":case"ucs-2":case"utf16le":case"utf-16le":return!0;default:return!1}};p.concat=function(t,e){if(!Array.isArray(t))throw new TypeError('"list" argument must be an Array of Buffers');if(t.length===0)return p.alloc(0);let s;if(e===void 0)for(e=0,s=0;s<t.length;++s)e+=t[s].length;let r=p.allocUnsafe(e),i=0;for(s=0;s<t.length;++s){let o=t[s];if(ae(o,Uint8Array))i+o.length>r.length?(p.isBuffer(o)||(o=p.from(o)),o.copy(r,i)):Uint8Array.prototype.set.call(r,o,i);else if(p.isBuffer(o))o.copy(r,i);else throw new TypeError('"list" argument must be an Array of Buffers');i+=o.length}return r};function fr(n,t){if(p.isBuffer(n))return n.length;if(ArrayBuffer.isView(n)||ae(n,ArrayBuffer))return n.byteLength;if(typeof n!="string")throw new TypeError('The "string" argument must be one of type string, Buffer, or ArrayBuffer. Received type '+typeof n);let e=n.length,s=arguments.length>2&&arguments[2]===!0;if(!s&&e===0)return 0;let r=!1;for(;;)switch(t){case"ascii":case"latin1":case"binary":return e;case"utf8":case"utf-8":return It(n).length;case"ucs2":case"ucs-2":case"utf16le":case"utf-16le":return e*2;case"hex":return e>>>1;case"base64":return br(n).length;default:if(r)return s?-1:It(n).length;t=(""+t).toLowerCase(),r=!0}}p.byteLength=fr;function $i(n,t,e){let s=!1;if((t===void 0||t<0)&&(t=0),t>this.length||((e===void 0||e>this.length)&&(e=this.length),e<=0)||(e>>>=0,t>>>=0,e<=t))return"";for(n||(n="utf8");;)switch(n){case"hex":return eo(this,t,e);case"utf8":case"utf-8":return hr(this,t,e);case"ascii":return Xi(this,t,e);case"latin1":case"binary":return Hi(this,t,e);case"base64":return Zi(this,t,e);case"ucs2":case"ucs-2":case"utf16le":case"utf-16le":return to(this,t,e);default:if(s)throw new TypeError("Unknown encoding: "+n);n=(n+"").toLowerCase(),s=!0}}p.prototype._isBuffer=!0;function Ee(n,t,e){let s=n[t];n[t]=n[e],n[e]=s}p.prototype.swap16=function(){let t=this.length;if(t%2!==0)throw new RangeError("Buffer size must be a multiple of 16-bits");for(let e=0;e<t;e+=2)Ee(this,e,e+1);return this};p.prototype.swap32=function(){let t=this.length;if(t%4!==0)throw new RangeError("Buffer size must be a multiple of 32-bits");for(let e=0;e<t;e+=4)Ee(this,e,e+3),Ee(this,e+1,e+2);return this};p.prototype.swap64=function(){let t=this.length;if(t%8!==0)throw new RangeError("Buffer size must be a multiple of 64-bits");for(let e=0;e<t;e+=8)Ee(this,e,e+7),Ee(this,e+1,e+6),Ee(this,e+2,e+5),Ee(this,e+3,e+4);return this};p.prototype.toString=function(){let t=this.length;return t===0?"":arguments.length===0?hr(this,0,t):$i.apply(this,arguments)};p.prototype.toLocaleString=p.prototype.toString;p.prototype.equals=function(t){if(!p.isBuffer(t))throw new TypeError("Argument must be a Buffer");return this===t?!0:p.compare(this,t)===0};p.prototype.inspect=function(){let t="",e=Ue.INSPECT_MAX_BYTES;return t=this.toString("hex",0,e).replace(/(.{2})/g,"$1 ").trim(),this.length>e&&(t+=" ... "),"<Buffer "+t+">"};ir&&(p.prototype[ir]=p.prototype.inspect);p.prototype.compare=function(t,e,s,r,i){if(ae(t,Uint8Array)&&(t=p.from(t,t.offset,t.byteLength)),!p.isBuffer(t))throw new TypeError('The "target" argument must be one of type Buffer or Uint8Array. Received type '+typeof t);if(e===void 0&&(e=0),s===void 0&&(s=t?t.length:0),r===void 0&&(r=0),i===void 0&&(i=this.length),e<0||s>t.length||r<0||i>this.length)throw new RangeError("out of range index");if(r>=i&&e>=s)return 0;if(r>=i)return-1;if(e>=s)return 1;if(e>>>=0,s>>>=0,r>>>=0,i>>>=0,this===t)return 0;let o=i-r,a=s-e,c=Math.min(o,a),w=this.slice(r,i),x=t.slice(e,s);for(let M=0;M<c;++M)if(w[M]!==x[M]){o=w[M],a=x[M];break}return o<a?-1:a<o?1:0};function lr(n,t,e,s,r){if(n.length===0)return-1;if(typeof e=="string"?(s=e,e=0):e>2147483647?e=2147483647:e<-2147483648&&(e=-2147483648),e=+e,Nt(e)&&(e=r?0:n.length-1),e<0&&(e=n.length+e),e>=n.length){if(r)return-1;e=n.length-1}else if(e<0)if(r)e=0;else return-1;if(typeof t=="string"&&(t=p.from(t,s)),p.isBuffer(t))return t.length===0?-1:or(n,t,e,s,r);if(typeof t=="number")return t=t&255,typeof Uint8Array.prototype.indexOf=="function"?r?Uint8Array.prototype.indexOf.call(n,t,e):Uint8Array.prototype.lastIndexOf.call(n,t,e):or(n,[t],e,s,r);throw new TypeError("val must be string, number or Buffer")}function or(n,t,e,s,r){let i=1,o=n.length,a=t.length;if(s!==void 0&&(s=String(s).toLowerCase(),s==="ucs2"||s==="ucs-2"||s==="utf16le"||s==="utf-16le")){if(n.length<2||t.length<2)return-1;i=2,o/=2,a/=2,e/=2}function c(x,M){return i===1?x[M]:x.readUInt16BE(M*i)}let w;if(r){let x=-1;for(w=e;w<o;w++)if(c(n,w)===c(t,x===-1?0:w-x)){if(x===-1&&(x=w),w-x+1===a)return x*i}else x!==-1&&(w-=w-x),x=-1}else for(e+a>o&&(e=o-a),w=e;w>=0;w--){let x=!0;for(let M=0;M<a;M++)if(c(n,w+M)!==c(t,M)){x=!1;break}if(x)return w}return-1}p.prototype.includes=function(t,e,s){return this.indexOf(t,e,s)!==-1};p.prototype.indexOf=function(t,e,s){return lr(this,t,e,s,!0)};p.prototype.lastIndexOf=function(t,e,s){return lr(this,t,e,s,!1)};function Ki(n,t,e,s){e=Number(e)||0;let r=n.length-e;s?(s=Number(s),s>r&&(s=r)):s=r;let i=t.length;s>i/2&&(s=i/2);let o;for(o=0;o<s;++o){let a=parseInt(t.substr(o*2,2),16);if(Nt(a))return o;n[e+o]=a}return o}function Wi(n,t,e,s){return ut(It(t,n.length-e),n,e,s)}function Gi(n,t,e,s){return ut(oo(t),n,e,s)}function Yi(n,t,e,s){return ut(br(t),n,e,s)}function Ji(n,t,e,s){return ut(so(t,n.length-e),n,e,s)}p.prototype.write=function(t,e,s,r){if(e===void 0)r="utf8",s=this.length,e=0;else if(s===void 0&&typeof e=="string")r=e,s=this.length,e=0;else if(isFinite(e))e=e>>>0,isFinite(s)?(s=s>>>0,r===void 0&&(r="utf8")):(r=s,s=void 0);else throw new Error("Buffer.write(string, encoding, offset[, length]) is no longer supported");let i=this.length-e;if((s===void 0||s>i)&&(s=i),t.length>0&&(s<0||e<0)||e>this.length)throw new RangeError("Attempt to write outside buffer bounds");r||(r="utf8");let o=!1;for(;;)switch(r){case"hex":return Ki(this,t,e,s);case"utf8":case"utf-8":return Wi(this,t,e,s);case"ascii":case"latin1":case"binary":return Gi(this,t,e,s);case"base64":return Yi(this,t,e,s);case"ucs2":case"ucs-2":case"utf16le":case"utf-16le":return Ji(this,t,e,s);default:if(o)throw new TypeError("Unknown encoding: "+r);r=(""+r).toLowerCase(),o=!0}};p.prototype.toJSON=function(){return{type:"Buffer",data:Array.prototype.slice.call(this._arr||this,0)}};function Zi(n,t,e){return t===0&&e===n.length?At.fromByteArray(n):At.fromByteArray(n.slice(t,e))}function hr(n,t,e){e=Math.min(n.length,e);let s=[],r=t;for(;r<e;){let i=n[r],o=null,a=i>239?4:i>223?3:i>191?2:1;if(r+a<=e){let c,w,x,M;switch(a){case 1:i<128&&(o=i);break;case 2:c=n[r+1],(c&192)===128&&(M=(i&31)<<6|c&63,M>127&&(o=M));break;case 3:c=n[r+1],w=n[r+2],(c&192)===128&&(w&192)===128&&(M=(i&15)<<12|(c&63)<<6|w&63,M>2047&&(M<55296||M>57343)&&(o=M));break;case 4:c=n[r+1],w=n[r+2],x=n[r+3],(c&192)===128&&(w&192)===128&&(x&192)===128&&(M=(i&15)<<18|(c&63)<<12|(w&63)<<6|x&63,M>65535&&M<1114112&&(o=M))}}o===null?(o=65533,a=1):o>65535&&(o-=65536,s.push(o>>>10&1023|55296),o=56320|o&1023),s.push(o),r+=a}return Qi(s)}var sr=4096;function Qi(n){let t=n.length;if(t<=sr)return String.fromCharCode.apply(String,n);let e="",s=0;for(;s<t;)e+=String.fromCharCode.apply(String,n.slice(s,s+=sr));return e}function Xi(n,t,e){let s="";e=Math.min(n.length,e);for(let r=t;r<e;++r)s+=String.fromCharCode(n[r]&127);return s}function Hi(n,t,e){let s="";e=Math.min(n.length,e);for(let r=t;r<e;++r)s+=String.fromCharCode(n[r]);return s}function eo(n,t,e){let s=n.length;(!t||t<0)&&(t=0),(!e||e<0||e>s)&&(e=s);let r="";for(let i=t;i<e;++i)r+=ao[n[i]];return r}function to(n,t,e){let s=n.slice(t,e),r="";for(let i=0;i<s.length-1;i+=2)r+=String.fromCharCode(s[i]+s[i+1]*256);return r}p.prototype.slice=function(t,e){let s=this.length;t=~~t,e=e===void 0?s:~~e,t<0?(t+=s,t<0&&(t=0)):t>s&&(t=s),e<0?(e+=s,e<0&&(e=0)):e>s&&(e=s),e<t&&(e=t);let r=this.subarray(t,e);return Object.setPrototypeOf(r,p.prototype),r};function G(n,t,e){if(n%1!==0||n<0)throw new RangeError("offset is not uint");if(n+t>e)throw new RangeError("Trying to access beyond buffer length")}p.prototype.readUintLE=p.prototype.readUIntLE=function(t,e,s){t=t>>>0,e=e>>>0,s||G(t,e,this.length);let r=this[t],i=1,o=0;for(;++o<e&&(i*=256);)r+=this[t+o]*i;return r};p.prototype.readUintBE=p.prototype.readUIntBE=function(t,e,s){t=t>>>0,e=e>>>0,s||G(t,e,this.length);let r=this[t+--e],i=1;for(;e>0&&(i*=256);)r+=this[t+--e]*i;return r};p.prototype.readUint8=p.prototype.readUInt8=function(t,e){return t=t>>>0,e||G(t,1,this.length),this[t]};p.prototype.readUint16LE=p.prototype.readUInt16LE=function(t,e){return t=t>>>0,e||G(t,2,this.length),this[t]|this[t+1]<<8};p.prototype.readUint16BE=p.prototype.readUInt16BE=function(t,e){return t=t>>>0,e||G(t,2,this.length),this[t]<<8|this[t+1]};p.prototype.readUint32LE=p.prototype.readUInt32LE=function(t,e){return t=t>>>0,e||G(t,4,this.length),(this[t]|this[t+1]<<8|this[t+2]<<16)+this[t+3]*16777216};p.prototype.readUint32BE=p.prototype.readUInt32BE=function(t,e){return t=t>>>0,e||G(t,4,this.length),this[t]*16777216+(this[t+1]<<16|this[t+2]<<8|this[t+3])};p.prototype.readBigUInt64LE=we(function(t){t=t>>>0,Ce(t,"offset");let e=this[t],s=this[t+7];(e===void 0||s===void 0)&&We(t,this.length-8);let r=e+this[++t]*2**8+this[++t]*2**16+this[++t]*2**24,i=this[++t]+this[++t]*2**8+this[++t]*2**16+s*2**24;return BigInt(r)+(BigInt(i)<<BigInt(32))});p.prototype.readBigUInt64BE=we(function(t){t=t>>>0,Ce(t,"offset");let e=this[t],s=this[t+7];(e===void 0||s===void 0)&&We(t,this.length-8);let r=e*2**24+this[++t]*2**16+this[++t]*2**8+this[++t],i=this[++t]*2**24+this[++t]*2**16+this[++t]*2**8+s;return(BigInt(r)<<BigInt(32))+BigInt(i)});p.prototype.readIntLE=function(t,e,s){t=t>>>0,e=e>>>0,s||G(t,e,this.length);let r=this[t],i=1,o=0;for(;++o<e&&(i*=256);)r+=this[t+o]*i;return i*=128,r>=i&&(r-=Math.pow(2,8*e)),r};p.prototype.readIntBE=function(t,e,s){t=t>>>0,e=e>>>0,s||G(t,e,this.length);let r=e,i=1,o=this[t+--r];for(;r>0&&(i*=256);)o+=this[t+--r]*i;return i*=128,o>=i&&(o-=Math.pow(2,8*e)),o};p.prototype.readInt8=function(t,e){return t=t>>>0,e||G(t,1,this.length),this[t]&128?(255-this[t]+1)*-1:this[t]};p.prototype.readInt16LE=function(t,e){t=t>>>0,e||G(t,2,this.length);let s=this[t]|this[t+1]<<8;return s&32768?s|4294901760:s};p.prototype.readInt16BE=function(t,e){t=t>>>0,e||G(t,2,this.length);let s=this[t+1]|this[t]<<8;return s&32768?s|4294901760:s};p.prototype.readInt32LE=function(t,e){return t=t>>>0,e||G(t,4,this.length),this[t]|this[t+1]<<8|this[t+2]<<16|this[t+3]<<24};p.prototype.readInt32BE=function(t,e){return t=t>>>0,e||G(t,4,this.length),this[t]<<24|this[t+1]<<16|this[t+2]<<8|this[t+3]};p.prototype.readBigInt64LE=we(function(t){t=t>>>0,Ce(t,"offset");let e=this[t],s=this[t+7];(e===void 0||s===void 0)&&We(t,this.length-8);let r=this[t+4]+this[t+5]*2**8+this[t+6]*2**16+(s<<24);return(BigInt(r)<<BigInt(32))+BigInt(e+this[++t]*2**8+this[++t]*2**16+this[++t]*2**24)});p.prototype.readBigInt64BE=we(function(t){t=t>>>0,Ce(t,"offset");let e=this[t],s=this[t+7];(e===void 0||s===void 0)&&We(t,this.length-8);let r=(e<<24)+this[++t]*2**16+this[++t]*2**8+this[++t];return(BigInt(r)<<BigInt(32))+BigInt(this[++t]*2**24+this[++t]*2**16+this[++t]*2**8+s)});p.prototype.readFloatLE=function(t,e){return t=t>>>0,e||G(t,4,this.length),De.read(this,t,!0,23,4)};p.prototype.readFloatBE=function(t,e){return t=t>>>0,e||G(t,4,this.length),De.read(this,t,!1,23,4)};p.prototype.readDoubleLE=function(t,e){return t=t>>>0,e||G(t,8,this.length),De.read(this,t,!0,52,8)};p.prototype.readDoubleBE=function(t,e){return t=t>>>0,e||G(t,8,this.length),De.read(this,t,!1,52,8)};function H(n,t,e,s,r,i){if(!p.isBuffer(n))throw new TypeError('"buffer" argument must be a Buffer instance');if(t>r||t<i)throw new RangeError('"value" argument is out of bounds');if(e+s>n.length)throw new RangeError("Index out of range")}p.prototype.writeUintLE=p.prototype.writeUIntLE=function(t,e,s,r){if(t=+t,e=e>>>0,s=s>>>0,!r){let a=Math.pow(2,8*s)-1;H(this,t,e,s,a,0)}let i=1,o=0;for(this[e]=t&255;++o<s&&(i*=256);)this[e+o]=t/i&255;return e+s};p.prototype.writeUintBE=p.prototype.writeUIntBE=function(t,e,s,r){if(t=+t,e=e>>>0,s=s>>>0,!r){let a=Math.pow(2,8*s)-1;H(this,t,e,s,a,0)}let i=s-1,o=1;for(this[e+i]=t&255;--i>=0&&(o*=256);)this[e+i]=t/o&255;return e+s};p.prototype.writeUint8=p.prototype.writeUInt8=function(t,e,s){return t=+t,e=e>>>0,s||H(this,t,e,1,255,0),this[e]=t&255,e+1};p.prototype.writeUint16LE=p.prototype.writeUInt16LE=function(t,e,s){return t=+t,e=e>>>0,s||H(this,t,e,2,65535,0),this[e]=t&255,this[e+1]=t>>>8,e+2};p.prototype.writeUint16BE=p.prototype.writeUInt16BE=function(t,e,s){return t=+t,e=e>>>0,s||H(this,t,e,2,65535,0),this[e]=t>>>8,this[e+1]=t&255,e+2};p.prototype.writeUint32LE=p.prototype.writeUInt32LE=function(t,e,s){return t=+t,e=e>>>0,s||H(this,t,e,4,4294967295,0),this[e+3]=t>>>24,this[e+2]=t>>>16,this[e+1]=t>>>8,this[e]=t&255,e+4};p.prototype.writeUint32BE=p.prototype.writeUInt32BE=function(t,e,s){return t=+t,e=e>>>0,s||H(this,t,e,4,4294967295,0),this[e]=t>>>24,this[e+1]=t>>>16,this[e+2]=t>>>8,this[e+3]=t&255,e+4};function pr(n,t,e,s,r){mr(t,s,r,n,e,7);let i=Number(t&BigInt(4294967295));n[e++]=i,i=i>>8,n[e++]=i,i=i>>8,n[e++]=i,i=i>>8,n[e++]=i;let o=Number(t>>BigInt(32)&BigInt(4294967295));return n[e++]=o,o=o>>8,n[e++]=o,o=o>>8,n[e++]=o,o=o>>8,n[e++]=o,e}function dr(n,t,e,s,r){mr(t,s,r,n,e,7);let i=Number(t&BigInt(4294967295));n[e+7]=i,i=i>>8,n[e+6]=i,i=i>>8,n[e+5]=i,i=i>>8,n[e+4]=i;let o=Number(t>>BigInt(32)&BigInt(4294967295));return n[e+3]=o,o=o>>8,n[e+2]=o,o=o>>8,n[e+1]=o,o=o>>8,n[e]=o,e+8}p.prototype.writeBigUInt64LE=we(function(t,e=0){return pr(this,t,e,BigInt(0),BigInt("0xffffffffffffffff"))});p.prototype.writeBigUInt64BE=we(function(t,e=0){return dr(this,t,e,BigInt(0),BigInt("0xffffffffffffffff"))});p.prototype.writeIntLE=function(t,e,s,r){if(t=+t,e=e>>>0,!r){let c=Math.pow(2,8*s-1);H(this,t,e,s,c-1,-c)}let i=0,o=1,a=0;for(this[e]=t&255;++i<s&&(o*=256);)t<0&&a===0&&this[e+i-1]!==0&&(a=1),this[e+i]=(t/o>>0)-a&255;return e+s};p.prototype.writeIntBE=function(t,e,s,r){if(t=+t,e=e>>>0,!r){let c=Math.pow(2,8*s-1);H(this,t,e,s,c-1,-c)}let i=s-1,o=1,a=0;for(this[e+i]=t&255;--i>=0&&(o*=256);)t<0&&a===0&&this[e+i+1]!==0&&(a=1),this[e+i]=(t/o>>0)-a&255;return e+s};p.prototype.writeInt8=function(t,e,s){return t=+t,e=e>>>0,s||H(this,t,e,1,127,-128),t<0&&(t=255+t+1),this[e]=t&255,e+1};p.prototype.writeInt16LE=function(t,e,s){return t=+t,e=e>>>0,s||H(this,t,e,2,32767,-32768),this[e]=t&255,this[e+1]=t>>>8,e+2};p.prototype.writeInt16BE=function(t,e,s){return t=+t,e=e>>>0,s||H(this,t,e,2,32767,-32768),this[e]=t>>>8,this[e+1]=t&255,e+2};p.prototype.writeInt32LE=function(t,e,s){return t=+t,e=e>>>0,s||H(this,t,e,4,2147483647,-2147483648),this[e]=t&255,this[e+1]=t>>>8,this[e+2]=t>>>16,this[e+3]=t>>>24,e+4};p.prototype.writeInt32BE=function(t,e,s){return t=+t,e=e>>>0,s||H(this,t,e,4,2147483647,-2147483648),t<0&&(t=4294967295+t+1),this[e]=t>>>24,this[e+1]=t>>>16,this[e+2]=t>>>8,this[e+3]=t&255,e+4};p.prototype.writeBigInt64LE=we(function(t,e=0){return pr(this,t,e,-BigInt("0x8000000000000000"),BigInt("0x7fffffffffffffff"))});p.prototype.writeBigInt64BE=we(function(t,e=0){return dr(this,t,e,-BigInt("0x8000000000000000"),BigInt("0x7fffffffffffffff"))});function yr(n,t,e,s,r,i){if(e+s>n.length)throw new RangeError("Index out of range");if(e<0)throw new RangeError("Index out of range")}function gr(n,t,e,s,r){return t=+t,e=e>>>0,r||yr(n,t,e,4,34028234663852886e22,-34028234663852886e22),De.write(n,t,e,s,23,4),e+4}p.prototype.writeFloatLE=function(t,e,s){return gr(this,t,e,!0,s)};p.prototype.writeFloatBE=function(t,e,s){return gr(this,t,e,!1,s)};function wr(n,t,e,s,r){return t=+t,e=e>>>0,r||yr(n,t,e,8,17976931348623157e292,-17976931348623157e292),De.write(n,t,e,s,52,8),e+8}p.prototype.writeDoubleLE=function(t,e,s){return wr(this,t,e,!0,s)};p.prototype.writeDoubleBE=function(t,e,s){return wr(this,t,e,!1,s)};p.prototype.copy=function(t,e,s,r){if(!p.isBuffer(t))throw new TypeError("argument should be a Buffer");if(s||(s=0),!r&&r!==0&&(r=this.length),e>=t.length&&(e=t.length),e||(e=0),r>0&&r<s&&(r=s),r===s||t.length===0||this.length===0)return 0;if(e<0)throw new RangeError("targetStart out of bounds");if(s<0||s>=this.length)throw new RangeError("Index out of range");if(r<0)throw new RangeError("sourceEnd out of bounds");r>this.length&&(r=this.length),t.length-e<r-s&&(r=t.length-e+s);let i=r-s;return this===t&&typeof Uint8Array.prototype.copyWithin=="function"?this.copyWithin(e,s,r):Uint8Array.prototype.set.call(t,this.subarray(s,r),e),i};p.prototype.fill=function(t,e,s,r){if(typeof t=="string"){if(typeof e=="string"?(r=e,e=0,s=this.length):typeof s=="string"&&(r=s,s=this.length),r!==void 0&&typeof r!="string")throw new TypeError("encoding must be a string");if(typeof r=="string"&&!p.isEncoding(r))throw new TypeError("Unknown encoding: "+r);if(t.length===1){let o=t.charCodeAt(0);(r==="utf8"&&o<128||r==="latin1")&&(t=o)}}else typeof t=="number"?t=t&255:typeof t=="boolean"&&(t=Number(t));if(e<0||this.length<e||this.length<s)throw new RangeError("Out of range index");if(s<=e)return this;e=e>>>0,s=s===void 0?this.length:s>>>0,t||(t=0);let i;if(typeof t=="number")for(i=e;i<s;++i)this[i]=t;else{let o=p.isBuffer(t)?t:p.from(t,r),a=o.length;if(a===0)throw new TypeError('The value "'+t+'" is invalid for argument "value"');for(i=0;i<s-e;++i)this[i+e]=o[i%a]}return this};var je={};function Tt(n,t,e){je[n]=class extends e{constructor(){super(),Object.defineProperty(this,"message",{value:t.apply(this,arguments),writable:!0,configurable:!0}),this.name=`${this.name} [${n}]`,this.stack,delete this.name}get code(){return n}set code(r){Object.defineProperty(this,"code",{configurable:!0,enumerable:!0,value:r,writable:!0})}toString(){return`${this.name} [${n}]: ${this.message}`}}}Tt("ERR_BUFFER_OUT_OF_BOUNDS",function(n){return n?`${n} is outside of buffer bounds`:"Attempt to access memory outside buffer bounds"},RangeError);Tt("ERR_INVALID_ARG_TYPE",function(n,t){return`The "${n}" argument must be of type number. Received type ${typeof t}`},TypeError);Tt("ERR_OUT_OF_RANGE",function(n,t,e){let s=`The value of "${n}" is out of range.`,r=e;return Number.isInteger(e)&&Math.abs(e)>2**32?r=ar(String(e)):typeof e=="bigint"&&(r=String(e),(e>BigInt(2)**BigInt(32)||e<-(BigInt(2)**BigInt(32)))&&(r=ar(r)),r+="n"),s+=` It must be ${t}. Received ${r}`,s},RangeError);function ar(n){let t="",e=n.length,s=n[0]==="-"?1:0;for(;e>=s+4;e-=3)t=`_${n.slice(e-3,e)}${t}`;return`${n.slice(0,e)}${t}`}function ro(n,t,e){Ce(t,"offset"),(n[t]===void 0||n[t+e]===void 0)&&We(t,n.length-(e+1))}function mr(n,t,e,s,r,i){if(n>e||n<t){let o=typeof t=="bigint"?"n":"",a;throw i>3?t===0||t===BigInt(0)?a=`>= 0${o} and < 2${o} ** ${(i+1)*8}${o}`:a=`>= -(2${o} ** ${(i+1)*8-1}${o}) and < 2 ** ${(i+1)*8-1}${o}`:a=`>= ${t}${o} and <= ${e}${o}`,new je.ERR_OUT_OF_RANGE("value",a,n)}ro(s,r,i)}function Ce(n,t){if(typeof n!="number")throw new je.ERR_INVALID_ARG_TYPE(t,"number",n)}function We(n,t,e){throw Math.floor(n)!==n?(Ce(n,e),new je.ERR_OUT_OF_RANGE(e||"offset","an integer",n)):t<0?new je.ERR_BUFFER_OUT_OF_BOUNDS:new je.ERR_OUT_OF_RANGE(e||"offset",`>= ${e?1:0} and <= ${t}`,n)}var no=/[^+/0-9A-Za-z-_]/g;function io(n){if(n=n.split("=")[0],n=n.trim().replace(no,""),n.length<2)return"";for(;n.length%4!==0;)n=n+"=";return n}function It(n,t){t=t||1/0;let e,s=n.length,r=null,i=[];for(let o=0;o<s;++o){if(e=n.charCodeAt(o),e>55295&&e<57344){if(!r){if(e>56319){(t-=3)>-1&&i.push(239,191,189);continue}else if(o+1===s){(t-=3)>-1&&i.push(239,191,189);continue}r=e;continue}if(e<56320){(t-=3)>-1&&i.push(239,191,189),r=e;continue}e=(r-55296<<10|e-56320)+65536}else r&&(t-=3)>-1&&i.push(239,191,189);if(r=null,e<128){if((t-=1)<0)break;i.push(e)}else if(e<2048){if((t-=2)<0)break;i.push(e>>6|192,e&63|128)}else if(e<65536){if((t-=3)<0)break;i.push(e>>12|224,e>>6&63|128,e&63|128)}else if(e<1114112){if((t-=4)<0)break;i.push(e>>18|240,e>>12&63|128,e>>6&63|128,e&63|128)}else throw new Error("Invalid code point")}return i}function oo(n){let t=[];for(let e=0;e<n.length;++e)t.push(n.charCodeAt(e)&255);return t}function so(n,t){let e,s,r,i=[];for(let o=0;o<n.length&&!((t-=2)<0);++o)e=n.charCodeAt(o),s=e>>8,r=e%256,i.push(r),i.push(s);return i}function br(n){return At.toByteArray(io(n))}function ut(n,t,e,s){let r;for(r=0;r<s&&!(r+e>=t.length||r>=n.length);++r)t[r+e]=n[r];return r}function ae(n,t){return n instanceof t||n!=null&&n.constructor!=null&&n.constructor.name!=null&&n.constructor.name===t.name}function Nt(n){return n!==n}var ao=(function(){let n="0123456789abcdef",t=new Array(256);for(let e=0;e<16;++e){let s=e*16;for(let r=0;r<16;++r)t[s+r]=n[e]+n[r]}return t})();function we(n){return typeof BigInt=="undefined"?uo:n}function uo(){throw new Error("BigInt not supported")}});var Sr=O((Ps,Br)=>{v();var W=Br.exports={},ue,ce;function Ot(){throw new Error("setTimeout has not been defined")}function Ft(){throw new Error("clearTimeout has not been defined")}(function(){try{typeof setTimeout=="function"?ue=setTimeout:ue=Ot}catch(n){ue=Ot}try{typeof clearTimeout=="function"?ce=clearTimeout:ce=Ft}catch(n){ce=Ft}})();function vr(n){if(ue===setTimeout)return setTimeout(n,0);if((ue===Ot||!ue)&&setTimeout)return ue=setTimeout,setTimeout(n,0);try{return ue(n,0)}catch(t){try{return ue.call(null,n,0)}catch(e){return ue.call(this,n,0)}}}function co(n){if(ce===clearTimeout)return clearTimeout(n);if((ce===Ft||!ce)&&clearTimeout)return ce=clearTimeout,clearTimeout(n);try{return ce(n)}catch(t){try{return ce.call(null,n)}catch(e){return ce.call(this,n)}}}var pe=[],ke=!1,Ae,ct=-1;function fo(){!ke||!Ae||(ke=!1,Ae.length?pe=Ae.concat(pe):ct=-1,pe.length&&Er())}function Er(){if(!ke){var n=vr(fo);ke=!0;for(var t=pe.length;t;){for(Ae=pe,pe=[];++ct<t;)Ae&&Ae[ct].run();ct=-1,t=pe.length}Ae=null,ke=!1,co(n)}}W.nextTick=function(n){var t=new Array(arguments.length-1);if(arguments.length>1)for(var e=1;e<arguments.length;e++)t[e-1]=arguments[e];pe.push(new Ar(n,t)),pe.length===1&&!ke&&vr(Er)};function Ar(n,t){this.fun=n,this.array=t}Ar.prototype.run=function(){this.fun.apply(null,this.array)};W.title="browser";W.browser=!0;W.env={};W.argv=[];W.version="";W.versions={};function de(){}W.on=de;W.addListener=de;W.once=de;W.off=de;W.removeListener=de;W.removeAllListeners=de;W.emit=de;W.prependListener=de;W.prependOnceListener=de;W.listeners=function(n){return[]};W.binding=function(n){throw new Error("process.binding is not supported")};W.cwd=function(){return"/"};W.chdir=function(n){throw new Error("process.chdir is not supported")};W.umask=function(){return 0}});function lo(){var n=globalThis.Buffer;return typeof n=="function"&&typeof n.isBuffer=="function"&&typeof n.from=="function"?n:void 0}var Ir,Mr,T,N,v=Ti(()=>{Ir=Ht(xr()),Mr=Ht(Sr());T=lo()||Ir.Buffer,N=Mr.default});var qt=O((Os,Tr)=>{v();function Pr(){var n=[].slice.call(arguments);function t(e,s){Object.keys(s).forEach(function(r){~n.indexOf(r)||(e[r]=s[r])})}return function(){for(var s=[].slice.call(arguments),r=0,i={};r<s.length;r++)t(i,s[r]);return i}}Tr.exports=Be;function Be(n,t,e){var s=Pr("name","message","stack","constructor","toJSON"),r=s(t||{});this.message=n||"Unspecified AssertionError",this.showDiff=!1;for(var i in r)this[i]=r[i];if(e=e||Be,Error.captureStackTrace)Error.captureStackTrace(this,e);else try{throw new Error}catch(o){this.stack=o.stack}}Be.prototype=Object.create(Error.prototype);Be.prototype.name="AssertionError";Be.prototype.constructor=Be;Be.prototype.toJSON=function(n){var t=Pr("constructor","toJSON","stack"),e=t({name:this.name},this);return n!==!1&&this.stack&&(e.stack=this.stack),e}});var Dr=O((qs,jr)=>{"use strict";v();function Or(n,t){return typeof n=="undefined"||n===null?!1:t in Object(n)}function Fr(n){var t=n.replace(/([^\\])\[/g,"$1.["),e=t.match(/(\\\.|[^.]+?)+/g);return e.map(function(r){if(r==="constructor"||r==="__proto__"||r==="prototype")return{};var i=/^\[(\d+)\]$/,o=i.exec(r),a=null;return o?a={i:parseFloat(o[1])}:a={p:r.replace(/\\([.[\]])/g,"$1")},a})}function Nr(n,t,e){var s=n,r=null;e=typeof e=="undefined"?t.length:e;for(var i=0;i<e;i++){var o=t[i];s&&(typeof o.p=="undefined"?s=s[o.i]:s=s[o.p],i===e-1&&(r=s))}return r}function ho(n,t,e){for(var s=n,r=e.length,i=null,o=0;o<r;o++){var a=null,c=null;if(i=e[o],o===r-1)a=typeof i.p=="undefined"?i.i:i.p,s[a]=t;else if(typeof i.p!="undefined"&&s[i.p])s=s[i.p];else if(typeof i.i!="undefined"&&s[i.i])s=s[i.i];else{var w=e[o+1];a=typeof i.p=="undefined"?i.i:i.p,c=typeof w.p=="undefined"?[]:{},s[a]=c,s=s[a]}}}function qr(n,t){var e=Fr(t),s=e[e.length-1],r={parent:e.length>1?Nr(n,e,e.length-1):n,name:s.p||s.i,value:Nr(n,e)};return r.exists=Or(r.parent,r.name),r}function po(n,t){var e=qr(n,t);return e.value}function yo(n,t,e){var s=Fr(t);return ho(n,e,s),n}jr.exports={hasProperty:Or,getPathInfo:qr,getPathValue:po,setPathValue:yo}});var ie=O((Ds,Cr)=>{v();Cr.exports=function(t,e,s){var r=t.__flags||(t.__flags=Object.create(null));if(arguments.length===3)r[e]=s;else return r[e]}});var kr=O((Us,Ur)=>{v();var go=ie();Ur.exports=function(t,e){var s=go(t,"negate"),r=e[0];return s?!r:r}});var Ge=O((jt,Dt)=>{v();(function(n,t){typeof jt=="object"&&typeof Dt!="undefined"?Dt.exports=t():typeof define=="function"&&define.amd?define(t):(n=typeof globalThis!="undefined"?globalThis:n||self,n.typeDetect=t())})(jt,(function(){"use strict";var n=typeof Promise=="function",t=(function(K){if(typeof globalThis=="object")return globalThis;Object.defineProperty(K,"typeDetectGlobalObject",{get:function(){return this},configurable:!0});var oe=typeDetectGlobalObject;return delete K.typeDetectGlobalObject,oe})(Object.prototype),e=typeof Symbol!="undefined",s=typeof Map!="undefined",r=typeof Set!="undefined",i=typeof WeakMap!="undefined",o=typeof WeakSet!="undefined",a=typeof DataView!="undefined",c=e&&typeof Symbol.iterator!="undefined",w=e&&typeof Symbol.toStringTag!="undefined",x=r&&typeof Set.prototype.entries=="function",M=s&&typeof Map.prototype.entries=="function",Z=x&&Object.getPrototypeOf(new Set().entries()),z=M&&Object.getPrototypeOf(new Map().entries()),V=c&&typeof Array.prototype[Symbol.iterator]=="function",fe=V&&Object.getPrototypeOf([][Symbol.iterator]()),te=c&&typeof String.prototype[Symbol.iterator]=="function",Pe=te&&Object.getPrototypeOf(""[Symbol.iterator]()),Te=8,Ne=-1;function Oe(K){var oe=typeof K;if(oe!=="object")return oe;if(K===null)return"null";if(K===t)return"global";if(Array.isArray(K)&&(w===!1||!(Symbol.toStringTag in K)))return"Array";if(typeof window=="object"&&window!==null){if(typeof window.location=="object"&&K===window.location)return"Location";if(typeof window.document=="object"&&K===window.document)return"Document";if(typeof window.navigator=="object"){if(typeof window.navigator.mimeTypes=="object"&&K===window.navigator.mimeTypes)return"MimeTypeArray";if(typeof window.navigator.plugins=="object"&&K===window.navigator.plugins)return"PluginArray"}if((typeof window.HTMLElement=="function"||typeof window.HTMLElement=="object")&&K instanceof window.HTMLElement){if(K.tagName==="BLOCKQUOTE")return"HTMLQuoteElement";if(K.tagName==="TD")return"HTMLTableDataCellElement";if(K.tagName==="TH")return"HTMLTableHeaderCellElement"}}var ye=w&&K[Symbol.toStringTag];if(typeof ye=="string")return ye;var L=Object.getPrototypeOf(K);return L===RegExp.prototype?"RegExp":L===Date.prototype?"Date":n&&L===Promise.prototype?"Promise":r&&L===Set.prototype?"Set":s&&L===Map.prototype?"Map":o&&L===WeakSet.prototype?"WeakSet":i&&L===WeakMap.prototype?"WeakMap":a&&L===DataView.prototype?"DataView":s&&L===z?"Map Iterator":r&&L===Z?"Set Iterator":V&&L===fe?"Array Iterator":te&&L===Pe?"String Iterator":L===null?"Object":Object.prototype.toString.call(K).slice(Te,Ne)}return Oe}))});var Rr=O((Rs,zr)=>{v();var wo=qt(),Ct=ie(),mo=Ge();zr.exports=function(t,e){var s=Ct(t,"message"),r=Ct(t,"ssfi");s=s?s+": ":"",t=Ct(t,"object"),e=e.map(function(a){return a.toLowerCase()}),e.sort();var i=e.map(function(a,c){var w=~["a","e","i","o","u"].indexOf(a.charAt(0))?"an":"a",x=e.length>1&&c===e.length-1?"or ":"";return x+w+" "+a}).join(", "),o=mo(t).toLowerCase();if(!e.some(function(a){return o===a}))throw new wo(s+"object tested must be "+i+", but "+o+" given",void 0,r)}});var Ut=O((_s,Lr)=>{v();Lr.exports=function(t,e){return e.length>4?e[4]:t._obj}});var ft=O(($s,_r)=>{"use strict";v();var bo=Function.prototype.toString,xo=/\s*function(?:\s|\s*\/\*[^(?:*\/)]+\*\/\s*)*([^\s\(\/]+)/,vo=512;function Eo(n){if(typeof n!="function")return null;var t="";if(typeof Function.prototype.name=="undefined"&&typeof n.name=="undefined"){var e=bo.call(n);if(e.indexOf("(")>vo)return t;var s=e.match(xo);s&&(t=s[1])}else t=n.name;return t}_r.exports=Eo});var Vr=O(()=>{v()});var Kr=O((lt,$r)=>{v();(function(n,t){typeof lt=="object"&&typeof $r!="undefined"?t(lt):typeof define=="function"&&define.amd?define(["exports"],t):(n=typeof globalThis!="undefined"?globalThis:n||self,t(n.loupe={}))})(lt,(function(n){"use strict";function t(f){"@babel/helpers - typeof";return typeof Symbol=="function"&&typeof Symbol.iterator=="symbol"?t=function(l){return typeof l}:t=function(l){return l&&typeof Symbol=="function"&&l.constructor===Symbol&&l!==Symbol.prototype?"symbol":typeof l},t(f)}function e(f,l){return s(f)||r(f,l)||i(f,l)||a()}function s(f){if(Array.isArray(f))return f}function r(f,l){if(!(typeof Symbol=="undefined"||!(Symbol.iterator in Object(f)))){var g=[],B=!0,I=!1,q=void 0;try{for(var U=f[Symbol.iterator](),$;!(B=($=U.next()).done)&&(g.push($.value),!(l&&g.length===l));B=!0);}catch(Q){I=!0,q=Q}finally{try{!B&&U.return!=null&&U.return()}finally{if(I)throw q}}return g}}function i(f,l){if(f){if(typeof f=="string")return o(f,l);var g=Object.prototype.toString.call(f).slice(8,-1);if(g==="Object"&&f.constructor&&(g=f.constructor.name),g==="Map"||g==="Set")return Array.from(f);if(g==="Arguments"||/^(?:Ui|I)nt(?:8|16|32)(?:Clamped)?Array$/.test(g))return o(f,l)}}function o(f,l){(l==null||l>f.length)&&(l=f.length);for(var g=0,B=new Array(l);g<l;g++)B[g]=f[g];return B}function a(){throw new TypeError(`Invalid attempt to destructure non-iterable instance.
In order to be iterable, non-array objects must have a [Symbol.iterator]() method.`)}var c={bold:["1","22"],dim:["2","22"],italic:["3","23"],underline:["4","24"],inverse:["7","27"],hidden:["8","28"],strike:["9","29"],black:["30","39"],red:["31","39"],green:["32","39"],yellow:["33","39"],blue:["34","39"],magenta:["35","39"],cyan:["36","39"],white:["37","39"],brightblack:["30;1","39"],brightred:["31;1","39"],brightgreen:["32;1","39"],brightyellow:["33;1","39"],brightblue:["34;1","39"],brightmagenta:["35;1","39"],brightcyan:["36;1","39"],brightwhite:["37;1","39"],grey:["90","39"]},w={special:"cyan",number:"yellow",bigint:"yellow",boolean:"yellow",undefined:"grey",null:"bold",string:"green",symbol:"green",date:"magenta",regexp:"red"},x="\u2026";function M(f,l){var g=c[w[l]]||c[l];return g?"\x1B[".concat(g[0],"m").concat(String(f),"\x1B[").concat(g[1],"m"):String(f)}function Z(){var f=arguments.length>0&&arguments[0]!==void 0?arguments[0]:{},l=f.showHidden,g=l===void 0?!1:l,B=f.depth,I=B===void 0?2:B,q=f.colors,U=q===void 0?!1:q,$=f.customInspect,Q=$===void 0?!0:$,J=f.showProxy,re=J===void 0?!1:J,xe=f.maxArrayLength,bt=xe===void 0?1/0:xe,$e=f.breakLength,qe=$e===void 0?1/0:$e,Ke=f.seen,vi=Ke===void 0?[]:Ke,Zt=f.truncate,Ei=Zt===void 0?1/0:Zt,Qt=f.stylize,Ai=Qt===void 0?String:Qt,xt={showHidden:!!g,depth:Number(I),colors:!!U,customInspect:!!Q,showProxy:!!re,maxArrayLength:Number(bt),breakLength:Number(qe),truncate:Number(Ei),seen:vi,stylize:Ai};return xt.colors&&(xt.stylize=M),xt}function z(f,l){var g=arguments.length>2&&arguments[2]!==void 0?arguments[2]:x;f=String(f);var B=g.length,I=f.length;return B>l&&I>B?g:I>l&&I>B?"".concat(f.slice(0,l-B)).concat(g):f}function V(f,l,g){var B=arguments.length>3&&arguments[3]!==void 0?arguments[3]:", ";g=g||l.inspect;var I=f.length;if(I===0)return"";for(var q=l.truncate,U="",$="",Q="",J=0;J<I;J+=1){var re=J+1===f.length,xe=J+2===f.length;Q="".concat(x,"(").concat(f.length-J,")");var bt=f[J];l.truncate=q-U.length-(re?0:B.length);var $e=$||g(bt,l)+(re?"":B),qe=U.length+$e.length,Ke=qe+Q.length;if(re&&qe>q&&U.length+Q.length<=q||!re&&!xe&&Ke>q||($=re?"":g(f[J+1],l)+(xe?"":B),!re&&xe&&Ke>q&&qe+$.length>q))break;if(U+=$e,!re&&!xe&&qe+$.length>=q){Q="".concat(x,"(").concat(f.length-J-1,")");break}Q=""}return"".concat(U).concat(Q)}function fe(f){return f.match(/^[a-zA-Z_][a-zA-Z_0-9]*$/)?f:JSON.stringify(f).replace(/'/g,"\\'").replace(/\\"/g,'"').replace(/(^"|"$)/g,"'")}function te(f,l){var g=e(f,2),B=g[0],I=g[1];return l.truncate-=2,typeof B=="string"?B=fe(B):typeof B!="number"&&(B="[".concat(l.inspect(B,l),"]")),l.truncate-=B.length,I=l.inspect(I,l),"".concat(B,": ").concat(I)}function Pe(f,l){var g=Object.keys(f).slice(f.length);if(!f.length&&!g.length)return"[]";l.truncate-=4;var B=V(f,l);l.truncate-=B.length;var I="";return g.length&&(I=V(g.map(function(q){return[q,f[q]]}),l,te)),"[ ".concat(B).concat(I?", ".concat(I):""," ]")}var Te=Function.prototype.toString,Ne=/\s*function(?:\s|\s*\/\*[^(?:*\/)]+\*\/\s*)*([^\s\(\/]+)/,Oe=512;function K(f){if(typeof f!="function")return null;var l="";if(typeof Function.prototype.name=="undefined"&&typeof f.name=="undefined"){var g=Te.call(f);if(g.indexOf("(")>Oe)return l;var B=g.match(Ne);B&&(l=B[1])}else l=f.name;return l}var oe=K,ye=function(l){return typeof T=="function"&&l instanceof T?"Buffer":l[Symbol.toStringTag]?l[Symbol.toStringTag]:oe(l.constructor)};function L(f,l){var g=ye(f);l.truncate-=g.length+4;var B=Object.keys(f).slice(f.length);if(!f.length&&!B.length)return"".concat(g,"[]");for(var I="",q=0;q<f.length;q++){var U="".concat(l.stylize(z(f[q],l.truncate),"number")).concat(q===f.length-1?"":", ");if(l.truncate-=U.length,f[q]!==f.length&&l.truncate<=3){I+="".concat(x,"(").concat(f.length-f[q]+1,")");break}I+=U}var $="";return B.length&&($=V(B.map(function(Q){return[Q,f[Q]]}),l,te)),"".concat(g,"[ ").concat(I).concat($?", ".concat($):""," ]")}function Re(f,l){var g=f.toJSON();if(g===null)return"Invalid Date";var B=g.split("T"),I=B[0];return l.stylize("".concat(I,"T").concat(z(B[1],l.truncate-I.length-1)),"date")}function Le(f,l){var g=oe(f);return g?l.stylize("[Function ".concat(z(g,l.truncate-11),"]"),"special"):l.stylize("[Function]","special")}function He(f,l){var g=e(f,2),B=g[0],I=g[1];return l.truncate-=4,B=l.inspect(B,l),l.truncate-=B.length,I=l.inspect(I,l),"".concat(B," => ").concat(I)}function et(f){var l=[];return f.forEach(function(g,B){l.push([B,g])}),l}function yt(f,l){var g=f.size-1;return g<=0?"Map{}":(l.truncate-=7,"Map{ ".concat(V(et(f),l,He)," }"))}var gt=Number.isNaN||function(f){return f!==f};function _e(f,l){return gt(f)?l.stylize("NaN","number"):f===1/0?l.stylize("Infinity","number"):f===-1/0?l.stylize("-Infinity","number"):f===0?l.stylize(1/f===1/0?"+0":"-0","number"):l.stylize(z(f,l.truncate),"number")}function Ve(f,l){var g=z(f.toString(),l.truncate-1);return g!==x&&(g+="n"),l.stylize(g,"bigint")}function tt(f,l){var g=f.toString().split("/")[2],B=l.truncate-(2+g.length),I=f.source;return l.stylize("/".concat(z(I,B),"/").concat(g),"regexp")}function wt(f){var l=[];return f.forEach(function(g){l.push(g)}),l}function u(f,l){return f.size===0?"Set{}":(l.truncate-=7,"Set{ ".concat(V(wt(f),l)," }"))}var h=new RegExp("['\\u0000-\\u001f\\u007f-\\u009f\\u00ad\\u0600-\\u0604\\u070f\\u17b4\\u17b5\\u200c-\\u200f\\u2028-\\u202f\\u2060-\\u206f\\ufeff\\ufff0-\\uffff]","g"),y={"\b":"\\b","	":"\\t","\n":"\\n","\f":"\\f","\r":"\\r","'":"\\'","\\":"\\\\"},m=16,E=4;function A(f){return y[f]||"\\u".concat("0000".concat(f.charCodeAt(0).toString(m)).slice(-E))}function b(f,l){return h.test(f)&&(f=f.replace(h,A)),l.stylize("'".concat(z(f,l.truncate-2),"'"),"string")}function d(f){return"description"in Symbol.prototype?f.description?"Symbol(".concat(f.description,")"):"Symbol()":f.toString()}var S=function(){return"Promise{\u2026}"};try{var P=N.binding("util"),F=P.getPromiseDetails,R=P.kPending,D=P.kRejected;Array.isArray(F(Promise.resolve()))&&(S=function(l,g){var B=F(l),I=e(B,2),q=I[0],U=I[1];return q===R?"Promise{<pending>}":"Promise".concat(q===D?"!":"","{").concat(g.inspect(U,g),"}")})}catch(f){}var j=S;function C(f,l){var g=Object.getOwnPropertyNames(f),B=Object.getOwnPropertySymbols?Object.getOwnPropertySymbols(f):[];if(g.length===0&&B.length===0)return"{}";if(l.truncate-=4,l.seen=l.seen||[],l.seen.indexOf(f)>=0)return"[Circular]";l.seen.push(f);var I=V(g.map(function($){return[$,f[$]]}),l,te),q=V(B.map(function($){return[$,f[$]]}),l,te);l.seen.pop();var U="";return I&&q&&(U=", "),"{ ".concat(I).concat(U).concat(q," }")}var _=typeof Symbol!="undefined"&&Symbol.toStringTag?Symbol.toStringTag:!1;function Y(f,l){var g="";return _&&_ in f&&(g=f[_]),g=g||oe(f.constructor),(!g||g==="_class")&&(g="<Anonymous Class>"),l.truncate-=g.length,"".concat(g).concat(C(f,l))}function ge(f,l){return f.length===0?"Arguments[]":(l.truncate-=13,"Arguments[ ".concat(V(f,l)," ]"))}var X=["stack","line","column","name","message","fileName","lineNumber","columnNumber","number","description"];function le(f,l){var g=Object.getOwnPropertyNames(f).filter(function(U){return X.indexOf(U)===-1}),B=f.name;l.truncate-=B.length;var I="";typeof f.message=="string"?I=z(f.message,l.truncate):g.unshift("message"),I=I?": ".concat(I):"",l.truncate-=I.length+5;var q=V(g.map(function(U){return[U,f[U]]}),l,te);return"".concat(B).concat(I).concat(q?" { ".concat(q," }"):"")}function di(f,l){var g=e(f,2),B=g[0],I=g[1];return l.truncate-=3,I?"".concat(l.stylize(B,"yellow"),"=").concat(l.stylize('"'.concat(I,'"'),"string")):"".concat(l.stylize(B,"yellow"))}function mt(f,l){return V(f,l,Wt,`
`)}function Wt(f,l){var g=f.getAttributeNames(),B=f.tagName.toLowerCase(),I=l.stylize("<".concat(B),"special"),q=l.stylize(">","special"),U=l.stylize("</".concat(B,">"),"special");l.truncate-=B.length*2+5;var $="";g.length>0&&($+=" ",$+=V(g.map(function(re){return[re,f.getAttribute(re)]}),l,di," ")),l.truncate-=$.length;var Q=l.truncate,J=mt(f.children,l);return J&&J.length>Q&&(J="".concat(x,"(").concat(f.children.length,")")),"".concat(I).concat($).concat(q).concat(J).concat(U)}var yi=typeof Symbol=="function"&&typeof Symbol.for=="function",rt=yi?Symbol.for("chai/inspect"):"@@chai/inspect",Fe=!1;try{var Gt=Vr();Fe=Gt.inspect?Gt.inspect.custom:!1}catch(f){Fe=!1}function Yt(){this.key="chai/loupe__"+Math.random()+Date.now()}Yt.prototype={get:function(l){return l[this.key]},has:function(l){return this.key in l},set:function(l,g){Object.isExtensible(l)&&Object.defineProperty(l,this.key,{value:g,configurable:!0})}};var nt=new(typeof WeakMap=="function"?WeakMap:Yt),it={},Jt={undefined:function(l,g){return g.stylize("undefined","undefined")},null:function(l,g){return g.stylize(null,"null")},boolean:function(l,g){return g.stylize(l,"boolean")},Boolean:function(l,g){return g.stylize(l,"boolean")},number:_e,Number:_e,bigint:Ve,BigInt:Ve,string:b,String:b,function:Le,Function:Le,symbol:d,Symbol:d,Array:Pe,Date:Re,Map:yt,Set:u,RegExp:tt,Promise:j,WeakSet:function(l,g){return g.stylize("WeakSet{\u2026}","special")},WeakMap:function(l,g){return g.stylize("WeakMap{\u2026}","special")},Arguments:ge,Int8Array:L,Uint8Array:L,Uint8ClampedArray:L,Int16Array:L,Uint16Array:L,Int32Array:L,Uint32Array:L,Float32Array:L,Float64Array:L,Generator:function(){return""},DataView:function(){return""},ArrayBuffer:function(){return""},Error:le,HTMLCollection:mt,NodeList:mt},gi=function(l,g,B){return rt in l&&typeof l[rt]=="function"?l[rt](g):Fe&&Fe in l&&typeof l[Fe]=="function"?l[Fe](g.depth,g):"inspect"in l&&typeof l.inspect=="function"?l.inspect(g.depth,g):"constructor"in l&&nt.has(l.constructor)?nt.get(l.constructor)(l,g):it[B]?it[B](l,g):""},wi=Object.prototype.toString;function ot(f,l){l=Z(l),l.inspect=ot;var g=l,B=g.customInspect,I=f===null?"null":t(f);if(I==="object"&&(I=wi.call(f).slice(8,-1)),Jt[I])return Jt[I](f,l);if(B&&f){var q=gi(f,l,I);if(q)return typeof q=="string"?q:ot(q,l)}var U=f?Object.getPrototypeOf(f):!1;return U===Object.prototype||U===null?C(f,l):f&&typeof HTMLElement=="function"&&f instanceof HTMLElement?Wt(f,l):"constructor"in f?f.constructor!==Object?Y(f,l):C(f,l):f===Object(f)?C(f,l):l.stylize(String(f),I)}function mi(f,l){return nt.has(f)?!1:(nt.set(f,l),!0)}function bi(f,l){return f in it?!1:(it[f]=l,!0)}var xi=rt;n.custom=xi,n.default=ot,n.inspect=ot,n.registerConstructor=mi,n.registerStringTag=bi,Object.defineProperty(n,"__esModule",{value:!0})}))});var Se=O((Zs,Wr)=>{v();Wr.exports={includeStack:!1,showDiff:!0,truncateThreshold:40,useProxy:!0,proxyExcludedKeys:["then","catch","inspect","toJSON"],deepEqual:null}});var ht=O((Hs,Yr)=>{v();var Xs=ft(),Ao=Kr(),Gr=Se();Yr.exports=Bo;function Bo(n,t,e,s){var r={colors:s,depth:typeof e=="undefined"?2:e,showHidden:t,truncate:Gr.truncateThreshold?Gr.truncateThreshold:1/0};return Ao.inspect(n,r)}});var kt=O((ta,Zr)=>{v();var So=ht(),Jr=Se();Zr.exports=function(t){var e=So(t),s=Object.prototype.toString.call(t);if(Jr.truncateThreshold&&e.length>=Jr.truncateThreshold){if(s==="[object Function]")return!t.name||t.name===""?"[Function]":"[Function: "+t.name+"]";if(s==="[object Array]")return"[ Array("+t.length+") ]";if(s==="[object Object]"){var r=Object.keys(t),i=r.length>2?r.splice(0,2).join(", ")+", ...":r.join(", ");return"{ Object ("+i+") }"}else return e}else return e}});var Xr=O((na,Qr)=>{v();var zt=ie(),Io=Ut(),Rt=kt();Qr.exports=function(t,e){var s=zt(t,"negate"),r=zt(t,"object"),i=e[3],o=Io(t,e),a=s?e[2]:e[1],c=zt(t,"message");return typeof a=="function"&&(a=a()),a=a||"",a=a.replace(/#\{this\}/g,function(){return Rt(r)}).replace(/#\{act\}/g,function(){return Rt(o)}).replace(/#\{exp\}/g,function(){return Rt(i)}),c?c+": "+a:a}});var me=O((oa,Hr)=>{v();Hr.exports=function(t,e,s){var r=t.__flags||(t.__flags=Object.create(null));e.__flags||(e.__flags=Object.create(null)),s=arguments.length===3?s:!0;for(var i in r)(s||i!=="object"&&i!=="ssfi"&&i!=="lockSsfi"&&i!="message")&&(e.__flags[i]=r[i])}});var hn=O((aa,Vt)=>{"use strict";v();var en=Ge();function cn(){this._key="chai/deep-eql__"+Math.random()+Date.now()}cn.prototype={get:function(t){return t[this._key]},set:function(t,e){Object.isExtensible(t)&&Object.defineProperty(t,this._key,{value:e,configurable:!0})}};var _t=typeof WeakMap=="function"?WeakMap:cn;function tn(n,t,e){if(!e||ze(n)||ze(t))return null;var s=e.get(n);if(s){var r=s.get(t);if(typeof r=="boolean")return r}return null}function pt(n,t,e,s){if(!(!e||ze(n)||ze(t))){var r=e.get(n);r?r.set(t,s):(r=new _t,r.set(t,s),e.set(n,r))}}Vt.exports=dt;Vt.exports.MemoizeMap=_t;function dt(n,t,e){if(e&&e.comparator)return rn(n,t,e);var s=fn(n,t);return s!==null?s:rn(n,t,e)}function fn(n,t){return n===t?n!==0||1/n===1/t:n!==n&&t!==t?!0:ze(n)||ze(t)?!1:null}function rn(n,t,e){e=e||{},e.memoize=e.memoize===!1?!1:e.memoize||new _t;var s=e&&e.comparator,r=tn(n,t,e.memoize);if(r!==null)return r;var i=tn(t,n,e.memoize);if(i!==null)return i;if(s){var o=s(n,t);if(o===!1||o===!0)return pt(n,t,e.memoize,o),o;var a=fn(n,t);if(a!==null)return a}var c=en(n);if(c!==en(t))return pt(n,t,e.memoize,!1),!1;pt(n,t,e.memoize,!0);var w=Mo(n,t,c,e);return pt(n,t,e.memoize,w),w}function Mo(n,t,e,s){switch(e){case"String":case"Number":case"Boolean":case"Date":return dt(n.valueOf(),t.valueOf());case"Promise":case"Symbol":case"function":case"WeakMap":case"WeakSet":return n===t;case"Error":return ln(n,t,["name","message","code"],s);case"Arguments":case"Int8Array":case"Uint8Array":case"Uint8ClampedArray":case"Int16Array":case"Uint16Array":case"Int32Array":case"Uint32Array":case"Float32Array":case"Float64Array":case"Array":return Ie(n,t,s);case"RegExp":return Po(n,t);case"Generator":return To(n,t,s);case"DataView":return Ie(new Uint8Array(n.buffer),new Uint8Array(t.buffer),s);case"ArrayBuffer":return Ie(new Uint8Array(n),new Uint8Array(t),s);case"Set":return nn(n,t,s);case"Map":return nn(n,t,s);case"Temporal.PlainDate":case"Temporal.PlainTime":case"Temporal.PlainDateTime":case"Temporal.Instant":case"Temporal.ZonedDateTime":case"Temporal.PlainYearMonth":case"Temporal.PlainMonthDay":return n.equals(t);case"Temporal.Duration":return n.total("nanoseconds")===t.total("nanoseconds");case"Temporal.TimeZone":case"Temporal.Calendar":return n.toString()===t.toString();default:return Oo(n,t,s)}}function Po(n,t){return n.toString()===t.toString()}function nn(n,t,e){try{if(n.size!==t.size)return!1;if(n.size===0)return!0}catch(i){return!1}var s=[],r=[];return n.forEach(function(o,a){s.push([o,a])}),t.forEach(function(o,a){r.push([o,a])}),Ie(s.sort(),r.sort(),e)}function Ie(n,t,e){var s=n.length;if(s!==t.length)return!1;if(s===0)return!0;for(var r=-1;++r<s;)if(dt(n[r],t[r],e)===!1)return!1;return!0}function To(n,t,e){return Ie(Lt(n),Lt(t),e)}function No(n){return typeof Symbol!="undefined"&&typeof n=="object"&&typeof Symbol.iterator!="undefined"&&typeof n[Symbol.iterator]=="function"}function on(n){if(No(n))try{return Lt(n[Symbol.iterator]())}catch(t){return[]}return[]}function Lt(n){for(var t=n.next(),e=[t.value];t.done===!1;)t=n.next(),e.push(t.value);return e}function sn(n){var t=[];for(var e in n)t.push(e);return t}function an(n){for(var t=[],e=Object.getOwnPropertySymbols(n),s=0;s<e.length;s+=1){var r=e[s];Object.getOwnPropertyDescriptor(n,r).enumerable&&t.push(r)}return t}function ln(n,t,e,s){var r=e.length;if(r===0)return!0;for(var i=0;i<r;i+=1)if(dt(n[e[i]],t[e[i]],s)===!1)return!1;return!0}function Oo(n,t,e){var s=sn(n),r=sn(t),i=an(n),o=an(t);if(s=s.concat(i),r=r.concat(o),s.length&&s.length===r.length)return Ie(un(s).sort(),un(r).sort())===!1?!1:ln(n,t,s,e);var a=on(n),c=on(t);return a.length&&a.length===c.length?(a.sort(),c.sort(),Ie(a,c,e)):s.length===0&&a.length===0&&r.length===0&&c.length===0}function ze(n){return n===null||typeof n!="object"}function un(n){return n.map(function(e){return typeof e=="symbol"?e.toString():e})}});var Ye=O((ca,pn)=>{v();var Fo=Se();pn.exports=function(){return Fo.useProxy&&typeof Proxy!="undefined"&&typeof Reflect!="undefined"}});var gn=O((la,yn)=>{v();var qo=be(),dn=ie(),jo=Ye(),Do=me();yn.exports=function(t,e,s){s=s===void 0?function(){}:s,Object.defineProperty(t,e,{get:function r(){!jo()&&!dn(this,"lockSsfi")&&dn(this,"ssfi",r);var i=s.call(this);if(i!==void 0)return i;var o=new qo.Assertion;return Do(this,o),o},configurable:!0})}});var Je=O((pa,wn)=>{v();var Co=Object.getOwnPropertyDescriptor(function(){},"length");wn.exports=function(t,e,s){return Co.configurable&&Object.defineProperty(t,"length",{get:function(){throw Error(s?"Invalid Chai property: "+e+'.length. Due to a compatibility issue, "length" cannot directly follow "'+e+'". Use "'+e+'.lengthOf" instead.':"Invalid Chai property: "+e+'.length. See docs for proper usage of "'+e+'".')}}),t}});var bn=O((ya,mn)=>{v();mn.exports=function(t){var e=Object.getOwnPropertyNames(t);function s(i){e.indexOf(i)===-1&&e.push(i)}for(var r=Object.getPrototypeOf(t);r!==null;)Object.getOwnPropertyNames(r).forEach(s),r=Object.getPrototypeOf(r);return e}});var Ze=O((wa,En)=>{v();var Uo=Se(),xn=ie(),ko=bn(),zo=Ye();var vn=["__flags","__methods","_obj","assert"];En.exports=function(t,e){return zo()?new Proxy(t,{get:function s(r,i){if(typeof i=="string"&&Uo.proxyExcludedKeys.indexOf(i)===-1&&!Reflect.has(r,i)){if(e)throw Error("Invalid Chai property: "+e+"."+i+'. See docs for proper usage of "'+e+'".');var o=null,a=4;throw ko(r).forEach(function(c){if(!Object.prototype.hasOwnProperty(c)&&vn.indexOf(c)===-1){var w=Ro(i,c,a);w<a&&(o=c,a=w)}}),Error(o!==null?"Invalid Chai property: "+i+'. Did you mean "'+o+'"?':"Invalid Chai property: "+i)}return vn.indexOf(i)===-1&&!xn(r,"lockSsfi")&&xn(r,"ssfi",s),Reflect.get(r,i)}}):t};function Ro(n,t,e){if(Math.abs(n.length-t.length)>=e)return e;for(var s=[],r=0;r<=n.length;r++)s[r]=Array(t.length+1).fill(0),s[r][0]=r;for(var i=0;i<t.length;i++)s[0][i]=i;for(var r=1;r<=n.length;r++)for(var o=n.charCodeAt(r-1),i=1;i<=t.length;i++){if(Math.abs(r-i)>=e){s[r][i]=e;continue}s[r][i]=Math.min(s[r-1][i]+1,s[r][i-1]+1,s[r-1][i-1]+(o===t.charCodeAt(i-1)?0:1))}return s[n.length][t.length]}});var Sn=O((ba,Bn)=>{v();var Lo=Je(),_o=be(),An=ie(),Vo=Ze(),$o=me();Bn.exports=function(t,e,s){var r=function(){An(this,"lockSsfi")||An(this,"ssfi",r);var i=s.apply(this,arguments);if(i!==void 0)return i;var o=new _o.Assertion;return $o(this,o),o};Lo(r,e,!1),t[e]=Vo(r,e)}});var Mn=O((va,In)=>{v();var Ko=be(),Qe=ie(),Wo=Ye(),Go=me();In.exports=function(t,e,s){var r=Object.getOwnPropertyDescriptor(t,e),i=function(){};r&&typeof r.get=="function"&&(i=r.get),Object.defineProperty(t,e,{get:function o(){!Wo()&&!Qe(this,"lockSsfi")&&Qe(this,"ssfi",o);var a=Qe(this,"lockSsfi");Qe(this,"lockSsfi",!0);var c=s(i).call(this);if(Qe(this,"lockSsfi",a),c!==void 0)return c;var w=new Ko.Assertion;return Go(this,w),w},configurable:!0})}});var Tn=O((Aa,Pn)=>{v();var Yo=Je(),Jo=be(),Xe=ie(),Zo=Ze(),Qo=me();Pn.exports=function(t,e,s){var r=t[e],i=function(){throw new Error(e+" is not a function")};r&&typeof r=="function"&&(i=r);var o=function(){Xe(this,"lockSsfi")||Xe(this,"ssfi",o);var a=Xe(this,"lockSsfi");Xe(this,"lockSsfi",!0);var c=s(i).apply(this,arguments);if(Xe(this,"lockSsfi",a),c!==void 0)return c;var w=new Jo.Assertion;return Qo(this,w),w};Yo(o,e,!1),t[e]=Zo(o,e)}});var jn=O((Sa,qn)=>{v();var Xo=Je(),Ho=be(),Nn=ie(),es=Ze(),On=me();var ts=typeof Object.setPrototypeOf=="function",Fn=function(){},rs=Object.getOwnPropertyNames(Fn).filter(function(n){var t=Object.getOwnPropertyDescriptor(Fn,n);return typeof t!="object"?!0:!t.configurable}),ns=Function.prototype.call,is=Function.prototype.apply;qn.exports=function(t,e,s,r){typeof r!="function"&&(r=function(){});var i={method:s,chainingBehavior:r};t.__methods||(t.__methods={}),t.__methods[e]=i,Object.defineProperty(t,e,{get:function(){i.chainingBehavior.call(this);var a=function(){Nn(this,"lockSsfi")||Nn(this,"ssfi",a);var x=i.method.apply(this,arguments);if(x!==void 0)return x;var M=new Ho.Assertion;return On(this,M),M};if(Xo(a,e,!0),ts){var c=Object.create(this);c.call=ns,c.apply=is,Object.setPrototypeOf(a,c)}else{var w=Object.getOwnPropertyNames(t);w.forEach(function(x){if(rs.indexOf(x)===-1){var M=Object.getOwnPropertyDescriptor(t,x);Object.defineProperty(a,x,M)}})}return On(this,a),es(a)},configurable:!0})}});var kn=O((Ma,Un)=>{v();var Dn=be(),Cn=me();Un.exports=function(t,e,s,r){var i=t.__methods[e],o=i.chainingBehavior;i.chainingBehavior=function(){var w=r(o).call(this);if(w!==void 0)return w;var x=new Dn.Assertion;return Cn(this,x),x};var a=i.method;i.method=function(){var w=s(a).apply(this,arguments);if(w!==void 0)return w;var x=new Dn.Assertion;return Cn(this,x),x}}});var Ln=O((Ta,Rn)=>{v();var zn=ht();Rn.exports=function(t,e){return zn(t)<zn(e)?-1:1}});var $t=O((Oa,_n)=>{v();_n.exports=function(t){return typeof Object.getOwnPropertySymbols!="function"?[]:Object.getOwnPropertySymbols(t).filter(function(e){return Object.getOwnPropertyDescriptor(t,e).enumerable})}});var $n=O((qa,Vn)=>{v();var os=$t();Vn.exports=function(t){return Object.keys(t).concat(os(t))}});var Wn=O((Da,Kn)=>{"use strict";v();var Kt=ft();function ss(n,t){return t instanceof Error&&n===t}function as(n,t){return t instanceof Error?n.constructor===t.constructor||n instanceof t.constructor:t.prototype instanceof Error||t===Error?n.constructor===t||n instanceof t:!1}function us(n,t){var e=typeof n=="string"?n:n.message;return t instanceof RegExp?t.test(e):typeof t=="string"?e.indexOf(t)!==-1:!1}function cs(n){var t=n;if(n instanceof Error)t=Kt(n.constructor);else if(typeof n=="function"&&(t=Kt(n),t==="")){var e=Kt(new n);t=e||t}return t}function fs(n){var t="";return n&&n.message?t=n.message:typeof n=="string"&&(t=n),t}Kn.exports={compatibleInstance:ss,compatibleConstructor:as,compatibleMessage:us,getMessage:fs,getConstructorName:cs}});var Yn=O((Ua,Gn)=>{v();function ls(n){return n!==n}Gn.exports=Number.isNaN||ls});var Qn=O((za,Zn)=>{v();var hs=Ge(),Jn=ie();function ps(n){var t=hs(n),e=["Array","Object","function"];return e.indexOf(t)!==-1}Zn.exports=function(t,e){var s=Jn(t,"operator"),r=Jn(t,"negate"),i=e[3],o=r?e[2]:e[1];if(s)return s;if(typeof o=="function"&&(o=o()),o=o||"",!!o&&!/\shave\s/.test(o)){var a=ps(i);return/\snot\s/.test(o)?a?"notDeepStrictEqual":"notStrictEqual":a?"deepStrictEqual":"strictEqual"}}});var Hn=O(k=>{v();var Xn=Dr();k.test=kr();k.type=Ge();k.expectTypes=Rr();k.getMessage=Xr();k.getActual=Ut();k.inspect=ht();k.objDisplay=kt();k.flag=ie();k.transferFlags=me();k.eql=hn();k.getPathInfo=Xn.getPathInfo;k.hasProperty=Xn.hasProperty;k.getName=ft();k.addProperty=gn();k.addMethod=Sn();k.overwriteProperty=Mn();k.overwriteMethod=Tn();k.addChainableMethod=jn();k.overwriteChainableMethod=kn();k.compareByInspect=Ln();k.getOwnEnumerablePropertySymbols=$t();k.getOwnEnumerableProperties=$n();k.checkError=Wn();k.proxify=Ze();k.addLengthGuard=Je();k.isProxyEnabled=Ye();k.isNaN=Yn();k.getOperator=Qn()});var ti=O((Va,ei)=>{v();var Me=Se();ei.exports=function(n,t){var e=n.AssertionError,s=t.flag;n.Assertion=r;function r(i,o,a,c){return s(this,"ssfi",a||r),s(this,"lockSsfi",c),s(this,"object",i),s(this,"message",o),s(this,"eql",Me.deepEqual||t.eql),t.proxify(this)}Object.defineProperty(r,"includeStack",{get:function(){return console.warn("Assertion.includeStack is deprecated, use chai.config.includeStack instead."),Me.includeStack},set:function(i){console.warn("Assertion.includeStack is deprecated, use chai.config.includeStack instead."),Me.includeStack=i}}),Object.defineProperty(r,"showDiff",{get:function(){return console.warn("Assertion.showDiff is deprecated, use chai.config.showDiff instead."),Me.showDiff},set:function(i){console.warn("Assertion.showDiff is deprecated, use chai.config.showDiff instead."),Me.showDiff=i}}),r.addProperty=function(i,o){t.addProperty(this.prototype,i,o)},r.addMethod=function(i,o){t.addMethod(this.prototype,i,o)},r.addChainableMethod=function(i,o,a){t.addChainableMethod(this.prototype,i,o,a)},r.overwriteProperty=function(i,o){t.overwriteProperty(this.prototype,i,o)},r.overwriteMethod=function(i,o){t.overwriteMethod(this.prototype,i,o)},r.overwriteChainableMethod=function(i,o,a){t.overwriteChainableMethod(this.prototype,i,o,a)},r.prototype.assert=function(i,o,a,c,w,x){var M=t.test(this,arguments);if(x!==!1&&(x=!0),c===void 0&&w===void 0&&(x=!1),Me.showDiff!==!0&&(x=!1),!M){o=t.getMessage(this,arguments);var Z=t.getActual(this,arguments),z={actual:Z,expected:c,showDiff:x},V=t.getOperator(this,arguments);throw V&&(z.operator=V),new e(o,z,Me.includeStack?this.assert:s(this,"ssfi"))}};Object.defineProperty(r.prototype,"_obj",{get:function(){return s(this,"object")},set:function(i){s(this,"object",i)}})}});var ni=O((Ka,ri)=>{v();ri.exports=function(n,t){var e=n.Assertion,s=n.AssertionError,r=t.flag;["to","be","been","is","and","has","have","with","that","which","at","of","same","but","does","still","also"].forEach(function(u){e.addProperty(u)}),e.addProperty("not",function(){r(this,"negate",!0)}),e.addProperty("deep",function(){r(this,"deep",!0)}),e.addProperty("nested",function(){r(this,"nested",!0)}),e.addProperty("own",function(){r(this,"own",!0)}),e.addProperty("ordered",function(){r(this,"ordered",!0)}),e.addProperty("any",function(){r(this,"any",!0),r(this,"all",!1)}),e.addProperty("all",function(){r(this,"all",!0),r(this,"any",!1)});function i(u,h){h&&r(this,"message",h),u=u.toLowerCase();var y=r(this,"object"),m=~["a","e","i","o","u"].indexOf(u.charAt(0))?"an ":"a ";this.assert(u===t.type(y).toLowerCase(),"expected #{this} to be "+m+u,"expected #{this} not to be "+m+u)}e.addChainableMethod("an",i),e.addChainableMethod("a",i);function o(u,h){return t.isNaN(u)&&t.isNaN(h)||u===h}function a(){r(this,"contains",!0)}function c(u,h){h&&r(this,"message",h);var y=r(this,"object"),m=t.type(y).toLowerCase(),E=r(this,"message"),A=r(this,"negate"),b=r(this,"ssfi"),d=r(this,"deep"),S=d?"deep ":"",P=d?r(this,"eql"):o;E=E?E+": ":"";var F=!1;switch(m){case"string":F=y.indexOf(u)!==-1;break;case"weakset":if(d)throw new s(E+"unable to use .deep.include with WeakSet",void 0,b);F=y.has(u);break;case"map":y.forEach(function(C){F=F||P(C,u)});break;case"set":d?y.forEach(function(C){F=F||P(C,u)}):F=y.has(u);break;case"array":d?F=y.some(function(C){return P(C,u)}):F=y.indexOf(u)!==-1;break;default:if(u!==Object(u))throw new s(E+"the given combination of arguments ("+m+" and "+t.type(u).toLowerCase()+") is invalid for this assertion. You can use an array, a map, an object, a set, a string, or a weakset instead of a "+t.type(u).toLowerCase(),void 0,b);var R=Object.keys(u),D=null,j=0;if(R.forEach(function(C){var _=new e(y);if(t.transferFlags(this,_,!0),r(_,"lockSsfi",!0),!A||R.length===1){_.property(C,u[C]);return}try{_.property(C,u[C])}catch(Y){if(!t.checkError.compatibleConstructor(Y,s))throw Y;D===null&&(D=Y),j++}},this),A&&R.length>1&&j===R.length)throw D;return}this.assert(F,"expected #{this} to "+S+"include "+t.inspect(u),"expected #{this} to not "+S+"include "+t.inspect(u))}e.addChainableMethod("include",c,a),e.addChainableMethod("contain",c,a),e.addChainableMethod("contains",c,a),e.addChainableMethod("includes",c,a),e.addProperty("ok",function(){this.assert(r(this,"object"),"expected #{this} to be truthy","expected #{this} to be falsy")}),e.addProperty("true",function(){this.assert(r(this,"object")===!0,"expected #{this} to be true","expected #{this} to be false",!r(this,"negate"))}),e.addProperty("false",function(){this.assert(r(this,"object")===!1,"expected #{this} to be false","expected #{this} to be true",!!r(this,"negate"))}),e.addProperty("null",function(){this.assert(r(this,"object")===null,"expected #{this} to be null","expected #{this} not to be null")}),e.addProperty("undefined",function(){this.assert(r(this,"object")===void 0,"expected #{this} to be undefined","expected #{this} not to be undefined")}),e.addProperty("NaN",function(){this.assert(t.isNaN(r(this,"object")),"expected #{this} to be NaN","expected #{this} not to be NaN")});function w(){var u=r(this,"object");this.assert(u!=null,"expected #{this} to exist","expected #{this} to not exist")}e.addProperty("exist",w),e.addProperty("exists",w),e.addProperty("empty",function(){var u=r(this,"object"),h=r(this,"ssfi"),y=r(this,"message"),m;switch(y=y?y+": ":"",t.type(u).toLowerCase()){case"array":case"string":m=u.length;break;case"map":case"set":m=u.size;break;case"weakmap":case"weakset":throw new s(y+".empty was passed a weak collection",void 0,h);case"function":var E=y+".empty was passed a function "+t.getName(u);throw new s(E.trim(),void 0,h);default:if(u!==Object(u))throw new s(y+".empty was passed non-string primitive "+t.inspect(u),void 0,h);m=Object.keys(u).length}this.assert(m===0,"expected #{this} to be empty","expected #{this} not to be empty")});function x(){var u=r(this,"object"),h=t.type(u);this.assert(h==="Arguments","expected #{this} to be arguments but got "+h,"expected #{this} to not be arguments")}e.addProperty("arguments",x),e.addProperty("Arguments",x);function M(u,h){h&&r(this,"message",h);var y=r(this,"object");if(r(this,"deep")){var m=r(this,"lockSsfi");r(this,"lockSsfi",!0),this.eql(u),r(this,"lockSsfi",m)}else this.assert(u===y,"expected #{this} to equal #{exp}","expected #{this} to not equal #{exp}",u,this._obj,!0)}e.addMethod("equal",M),e.addMethod("equals",M),e.addMethod("eq",M);function Z(u,h){h&&r(this,"message",h);var y=r(this,"eql");this.assert(y(u,r(this,"object")),"expected #{this} to deeply equal #{exp}","expected #{this} to not deeply equal #{exp}",u,this._obj,!0)}e.addMethod("eql",Z),e.addMethod("eqls",Z);function z(u,h){h&&r(this,"message",h);var y=r(this,"object"),m=r(this,"doLength"),E=r(this,"message"),A=E?E+": ":"",b=r(this,"ssfi"),d=t.type(y).toLowerCase(),S=t.type(u).toLowerCase(),P,F=!0;if(m&&d!=="map"&&d!=="set"&&new e(y,E,b,!0).to.have.property("length"),!m&&d==="date"&&S!=="date")P=A+"the argument to above must be a date";else if(S!=="number"&&(m||d==="number"))P=A+"the argument to above must be a number";else if(!m&&d!=="date"&&d!=="number"){var R=d==="string"?"'"+y+"'":y;P=A+"expected "+R+" to be a number or a date"}else F=!1;if(F)throw new s(P,void 0,b);if(m){var D="length",j;d==="map"||d==="set"?(D="size",j=y.size):j=y.length,this.assert(j>u,"expected #{this} to have a "+D+" above #{exp} but got #{act}","expected #{this} to not have a "+D+" above #{exp}",u,j)}else this.assert(y>u,"expected #{this} to be above #{exp}","expected #{this} to be at most #{exp}",u)}e.addMethod("above",z),e.addMethod("gt",z),e.addMethod("greaterThan",z);function V(u,h){h&&r(this,"message",h);var y=r(this,"object"),m=r(this,"doLength"),E=r(this,"message"),A=E?E+": ":"",b=r(this,"ssfi"),d=t.type(y).toLowerCase(),S=t.type(u).toLowerCase(),P,F=!0;if(m&&d!=="map"&&d!=="set"&&new e(y,E,b,!0).to.have.property("length"),!m&&d==="date"&&S!=="date")P=A+"the argument to least must be a date";else if(S!=="number"&&(m||d==="number"))P=A+"the argument to least must be a number";else if(!m&&d!=="date"&&d!=="number"){var R=d==="string"?"'"+y+"'":y;P=A+"expected "+R+" to be a number or a date"}else F=!1;if(F)throw new s(P,void 0,b);if(m){var D="length",j;d==="map"||d==="set"?(D="size",j=y.size):j=y.length,this.assert(j>=u,"expected #{this} to have a "+D+" at least #{exp} but got #{act}","expected #{this} to have a "+D+" below #{exp}",u,j)}else this.assert(y>=u,"expected #{this} to be at least #{exp}","expected #{this} to be below #{exp}",u)}e.addMethod("least",V),e.addMethod("gte",V),e.addMethod("greaterThanOrEqual",V);function fe(u,h){h&&r(this,"message",h);var y=r(this,"object"),m=r(this,"doLength"),E=r(this,"message"),A=E?E+": ":"",b=r(this,"ssfi"),d=t.type(y).toLowerCase(),S=t.type(u).toLowerCase(),P,F=!0;if(m&&d!=="map"&&d!=="set"&&new e(y,E,b,!0).to.have.property("length"),!m&&d==="date"&&S!=="date")P=A+"the argument to below must be a date";else if(S!=="number"&&(m||d==="number"))P=A+"the argument to below must be a number";else if(!m&&d!=="date"&&d!=="number"){var R=d==="string"?"'"+y+"'":y;P=A+"expected "+R+" to be a number or a date"}else F=!1;if(F)throw new s(P,void 0,b);if(m){var D="length",j;d==="map"||d==="set"?(D="size",j=y.size):j=y.length,this.assert(j<u,"expected #{this} to have a "+D+" below #{exp} but got #{act}","expected #{this} to not have a "+D+" below #{exp}",u,j)}else this.assert(y<u,"expected #{this} to be below #{exp}","expected #{this} to be at least #{exp}",u)}e.addMethod("below",fe),e.addMethod("lt",fe),e.addMethod("lessThan",fe);function te(u,h){h&&r(this,"message",h);var y=r(this,"object"),m=r(this,"doLength"),E=r(this,"message"),A=E?E+": ":"",b=r(this,"ssfi"),d=t.type(y).toLowerCase(),S=t.type(u).toLowerCase(),P,F=!0;if(m&&d!=="map"&&d!=="set"&&new e(y,E,b,!0).to.have.property("length"),!m&&d==="date"&&S!=="date")P=A+"the argument to most must be a date";else if(S!=="number"&&(m||d==="number"))P=A+"the argument to most must be a number";else if(!m&&d!=="date"&&d!=="number"){var R=d==="string"?"'"+y+"'":y;P=A+"expected "+R+" to be a number or a date"}else F=!1;if(F)throw new s(P,void 0,b);if(m){var D="length",j;d==="map"||d==="set"?(D="size",j=y.size):j=y.length,this.assert(j<=u,"expected #{this} to have a "+D+" at most #{exp} but got #{act}","expected #{this} to have a "+D+" above #{exp}",u,j)}else this.assert(y<=u,"expected #{this} to be at most #{exp}","expected #{this} to be above #{exp}",u)}e.addMethod("most",te),e.addMethod("lte",te),e.addMethod("lessThanOrEqual",te),e.addMethod("within",function(u,h,y){y&&r(this,"message",y);var m=r(this,"object"),E=r(this,"doLength"),A=r(this,"message"),b=A?A+": ":"",d=r(this,"ssfi"),S=t.type(m).toLowerCase(),P=t.type(u).toLowerCase(),F=t.type(h).toLowerCase(),R,D=!0,j=P==="date"&&F==="date"?u.toISOString()+".."+h.toISOString():u+".."+h;if(E&&S!=="map"&&S!=="set"&&new e(m,A,d,!0).to.have.property("length"),!E&&S==="date"&&(P!=="date"||F!=="date"))R=b+"the arguments to within must be dates";else if((P!=="number"||F!=="number")&&(E||S==="number"))R=b+"the arguments to within must be numbers";else if(!E&&S!=="date"&&S!=="number"){var C=S==="string"?"'"+m+"'":m;R=b+"expected "+C+" to be a number or a date"}else D=!1;if(D)throw new s(R,void 0,d);if(E){var _="length",Y;S==="map"||S==="set"?(_="size",Y=m.size):Y=m.length,this.assert(Y>=u&&Y<=h,"expected #{this} to have a "+_+" within "+j,"expected #{this} to not have a "+_+" within "+j)}else this.assert(m>=u&&m<=h,"expected #{this} to be within "+j,"expected #{this} to not be within "+j)});function Pe(u,h){h&&r(this,"message",h);var y=r(this,"object"),m=r(this,"ssfi"),E=r(this,"message");try{var A=y instanceof u}catch(d){throw d instanceof TypeError?(E=E?E+": ":"",new s(E+"The instanceof assertion needs a constructor but "+t.type(u)+" was given.",void 0,m)):d}var b=t.getName(u);b===null&&(b="an unnamed constructor"),this.assert(A,"expected #{this} to be an instance of "+b,"expected #{this} to not be an instance of "+b)}e.addMethod("instanceof",Pe),e.addMethod("instanceOf",Pe);function Te(u,h,y){y&&r(this,"message",y);var m=r(this,"nested"),E=r(this,"own"),A=r(this,"message"),b=r(this,"object"),d=r(this,"ssfi"),S=typeof u;if(A=A?A+": ":"",m){if(S!=="string")throw new s(A+"the argument to property must be a string when using nested syntax",void 0,d)}else if(S!=="string"&&S!=="number"&&S!=="symbol")throw new s(A+"the argument to property must be a string, number, or symbol",void 0,d);if(m&&E)throw new s(A+'The "nested" and "own" flags cannot be combined.',void 0,d);if(b==null)throw new s(A+"Target cannot be null or undefined.",void 0,d);var P=r(this,"deep"),F=r(this,"negate"),R=m?t.getPathInfo(b,u):null,D=m?R.value:b[u],j=P?r(this,"eql"):(Y,ge)=>Y===ge,C="";P&&(C+="deep "),E&&(C+="own "),m&&(C+="nested "),C+="property ";var _;E?_=Object.prototype.hasOwnProperty.call(b,u):m?_=R.exists:_=t.hasProperty(b,u),(!F||arguments.length===1)&&this.assert(_,"expected #{this} to have "+C+t.inspect(u),"expected #{this} to not have "+C+t.inspect(u)),arguments.length>1&&this.assert(_&&j(h,D),"expected #{this} to have "+C+t.inspect(u)+" of #{exp}, but got #{act}","expected #{this} to not have "+C+t.inspect(u)+" of #{act}",h,D),r(this,"object",D)}e.addMethod("property",Te);function Ne(u,h,y){r(this,"own",!0),Te.apply(this,arguments)}e.addMethod("ownProperty",Ne),e.addMethod("haveOwnProperty",Ne);function Oe(u,h,y){typeof h=="string"&&(y=h,h=null),y&&r(this,"message",y);var m=r(this,"object"),E=Object.getOwnPropertyDescriptor(Object(m),u),A=r(this,"eql");E&&h?this.assert(A(h,E),"expected the own property descriptor for "+t.inspect(u)+" on #{this} to match "+t.inspect(h)+", got "+t.inspect(E),"expected the own property descriptor for "+t.inspect(u)+" on #{this} to not match "+t.inspect(h),h,E,!0):this.assert(E,"expected #{this} to have an own property descriptor for "+t.inspect(u),"expected #{this} to not have an own property descriptor for "+t.inspect(u)),r(this,"object",E)}e.addMethod("ownPropertyDescriptor",Oe),e.addMethod("haveOwnPropertyDescriptor",Oe);function K(){r(this,"doLength",!0)}function oe(u,h){h&&r(this,"message",h);var y=r(this,"object"),m=t.type(y).toLowerCase(),E=r(this,"message"),A=r(this,"ssfi"),b="length",d;switch(m){case"map":case"set":b="size",d=y.size;break;default:new e(y,E,A,!0).to.have.property("length"),d=y.length}this.assert(d==u,"expected #{this} to have a "+b+" of #{exp} but got #{act}","expected #{this} to not have a "+b+" of #{act}",u,d)}e.addChainableMethod("length",oe,K),e.addChainableMethod("lengthOf",oe,K);function ye(u,h){h&&r(this,"message",h);var y=r(this,"object");this.assert(u.exec(y),"expected #{this} to match "+u,"expected #{this} not to match "+u)}e.addMethod("match",ye),e.addMethod("matches",ye),e.addMethod("string",function(u,h){h&&r(this,"message",h);var y=r(this,"object"),m=r(this,"message"),E=r(this,"ssfi");new e(y,m,E,!0).is.a("string"),this.assert(~y.indexOf(u),"expected #{this} to contain "+t.inspect(u),"expected #{this} to not contain "+t.inspect(u))});function L(u){var h=r(this,"object"),y=t.type(h),m=t.type(u),E=r(this,"ssfi"),A=r(this,"deep"),b,d="",S,P=!0,F=r(this,"message");F=F?F+": ":"";var R=F+"when testing keys against an object or an array you must give a single Array|Object|String argument or multiple String arguments";if(y==="Map"||y==="Set")d=A?"deeply ":"",S=[],h.forEach(function(X,le){S.push(le)}),m!=="Array"&&(u=Array.prototype.slice.call(arguments));else{switch(S=t.getOwnEnumerableProperties(h),m){case"Array":if(arguments.length>1)throw new s(R,void 0,E);break;case"Object":if(arguments.length>1)throw new s(R,void 0,E);u=Object.keys(u);break;default:u=Array.prototype.slice.call(arguments)}u=u.map(function(X){return typeof X=="symbol"?X:String(X)})}if(!u.length)throw new s(F+"keys required",void 0,E);var D=u.length,j=r(this,"any"),C=r(this,"all"),_=u,Y=A?r(this,"eql"):(X,le)=>X===le;if(!j&&!C&&(C=!0),j&&(P=_.some(function(X){return S.some(function(le){return Y(X,le)})})),C&&(P=_.every(function(X){return S.some(function(le){return Y(X,le)})}),r(this,"contains")||(P=P&&u.length==S.length)),D>1){u=u.map(function(X){return t.inspect(X)});var ge=u.pop();C&&(b=u.join(", ")+", and "+ge),j&&(b=u.join(", ")+", or "+ge)}else b=t.inspect(u[0]);b=(D>1?"keys ":"key ")+b,b=(r(this,"contains")?"contain ":"have ")+b,this.assert(P,"expected #{this} to "+d+b,"expected #{this} to not "+d+b,_.slice(0).sort(t.compareByInspect),S.sort(t.compareByInspect),!0)}e.addMethod("keys",L),e.addMethod("key",L);function Re(u,h,y){y&&r(this,"message",y);var m=r(this,"object"),E=r(this,"ssfi"),A=r(this,"message"),b=r(this,"negate")||!1;new e(m,A,E,!0).is.a("function"),(u instanceof RegExp||typeof u=="string")&&(h=u,u=null);var d;try{m()}catch(ge){d=ge}var S=u===void 0&&h===void 0,P=!!(u&&h),F=!1,R=!1;if(S||!S&&!b){var D="an error";u instanceof Error?D="#{exp}":u&&(D=t.checkError.getConstructorName(u)),this.assert(d,"expected #{this} to throw "+D,"expected #{this} to not throw an error but #{act} was thrown",u&&u.toString(),d instanceof Error?d.toString():typeof d=="string"?d:d&&t.checkError.getConstructorName(d))}if(u&&d){if(u instanceof Error){var j=t.checkError.compatibleInstance(d,u);j===b&&(P&&b?F=!0:this.assert(b,"expected #{this} to throw #{exp} but #{act} was thrown","expected #{this} to not throw #{exp}"+(d&&!b?" but #{act} was thrown":""),u.toString(),d.toString()))}var C=t.checkError.compatibleConstructor(d,u);C===b&&(P&&b?F=!0:this.assert(b,"expected #{this} to throw #{exp} but #{act} was thrown","expected #{this} to not throw #{exp}"+(d?" but #{act} was thrown":""),u instanceof Error?u.toString():u&&t.checkError.getConstructorName(u),d instanceof Error?d.toString():d&&t.checkError.getConstructorName(d)))}if(d&&h!==void 0&&h!==null){var _="including";h instanceof RegExp&&(_="matching");var Y=t.checkError.compatibleMessage(d,h);Y===b&&(P&&b?R=!0:this.assert(b,"expected #{this} to throw error "+_+" #{exp} but got #{act}","expected #{this} to throw error not "+_+" #{exp}",h,t.checkError.getMessage(d)))}F&&R&&this.assert(b,"expected #{this} to throw #{exp} but #{act} was thrown","expected #{this} to not throw #{exp}"+(d?" but #{act} was thrown":""),u instanceof Error?u.toString():u&&t.checkError.getConstructorName(u),d instanceof Error?d.toString():d&&t.checkError.getConstructorName(d)),r(this,"object",d)}e.addMethod("throw",Re),e.addMethod("throws",Re),e.addMethod("Throw",Re);function Le(u,h){h&&r(this,"message",h);var y=r(this,"object"),m=r(this,"itself"),E=typeof y=="function"&&!m?y.prototype[u]:y[u];this.assert(typeof E=="function","expected #{this} to respond to "+t.inspect(u),"expected #{this} to not respond to "+t.inspect(u))}e.addMethod("respondTo",Le),e.addMethod("respondsTo",Le),e.addProperty("itself",function(){r(this,"itself",!0)});function He(u,h){h&&r(this,"message",h);var y=r(this,"object"),m=u(y);this.assert(m,"expected #{this} to satisfy "+t.objDisplay(u),"expected #{this} to not satisfy"+t.objDisplay(u),!r(this,"negate"),m)}e.addMethod("satisfy",He),e.addMethod("satisfies",He);function et(u,h,y){y&&r(this,"message",y);var m=r(this,"object"),E=r(this,"message"),A=r(this,"ssfi");if(new e(m,E,A,!0).is.a("number"),typeof u!="number"||typeof h!="number"){E=E?E+": ":"";var b=h===void 0?", and a delta is required":"";throw new s(E+"the arguments to closeTo or approximately must be numbers"+b,void 0,A)}this.assert(Math.abs(m-u)<=h,"expected #{this} to be close to "+u+" +/- "+h,"expected #{this} not to be close to "+u+" +/- "+h)}e.addMethod("closeTo",et),e.addMethod("approximately",et);function yt(u,h,y,m,E){if(!m){if(u.length!==h.length)return!1;h=h.slice()}return u.every(function(A,b){if(E)return y?y(A,h[b]):A===h[b];if(!y){var d=h.indexOf(A);return d===-1?!1:(m||h.splice(d,1),!0)}return h.some(function(S,P){return y(A,S)?(m||h.splice(P,1),!0):!1})})}e.addMethod("members",function(u,h){h&&r(this,"message",h);var y=r(this,"object"),m=r(this,"message"),E=r(this,"ssfi");new e(y,m,E,!0).to.be.an("array"),new e(u,m,E,!0).to.be.an("array");var A=r(this,"contains"),b=r(this,"ordered"),d,S,P;A?(d=b?"an ordered superset":"a superset",S="expected #{this} to be "+d+" of #{exp}",P="expected #{this} to not be "+d+" of #{exp}"):(d=b?"ordered members":"members",S="expected #{this} to have the same "+d+" as #{exp}",P="expected #{this} to not have the same "+d+" as #{exp}");var F=r(this,"deep")?r(this,"eql"):void 0;this.assert(yt(u,y,F,A,b),S,P,u,y,!0)});function gt(u,h){h&&r(this,"message",h);var y=r(this,"object"),m=r(this,"message"),E=r(this,"ssfi"),A=r(this,"contains"),b=r(this,"deep"),d=r(this,"eql");new e(u,m,E,!0).to.be.an("array"),A?this.assert(u.some(function(S){return y.indexOf(S)>-1}),"expected #{this} to contain one of #{exp}","expected #{this} to not contain one of #{exp}",u,y):b?this.assert(u.some(function(S){return d(y,S)}),"expected #{this} to deeply equal one of #{exp}","expected #{this} to deeply equal one of #{exp}",u,y):this.assert(u.indexOf(y)>-1,"expected #{this} to be one of #{exp}","expected #{this} to not be one of #{exp}",u,y)}e.addMethod("oneOf",gt);function _e(u,h,y){y&&r(this,"message",y);var m=r(this,"object"),E=r(this,"message"),A=r(this,"ssfi");new e(m,E,A,!0).is.a("function");var b;h?(new e(u,E,A,!0).to.have.property(h),b=u[h]):(new e(u,E,A,!0).is.a("function"),b=u()),m();var d=h==null?u():u[h],S=h==null?b:"."+h;r(this,"deltaMsgObj",S),r(this,"initialDeltaValue",b),r(this,"finalDeltaValue",d),r(this,"deltaBehavior","change"),r(this,"realDelta",d!==b),this.assert(b!==d,"expected "+S+" to change","expected "+S+" to not change")}e.addMethod("change",_e),e.addMethod("changes",_e);function Ve(u,h,y){y&&r(this,"message",y);var m=r(this,"object"),E=r(this,"message"),A=r(this,"ssfi");new e(m,E,A,!0).is.a("function");var b;h?(new e(u,E,A,!0).to.have.property(h),b=u[h]):(new e(u,E,A,!0).is.a("function"),b=u()),new e(b,E,A,!0).is.a("number"),m();var d=h==null?u():u[h],S=h==null?b:"."+h;r(this,"deltaMsgObj",S),r(this,"initialDeltaValue",b),r(this,"finalDeltaValue",d),r(this,"deltaBehavior","increase"),r(this,"realDelta",d-b),this.assert(d-b>0,"expected "+S+" to increase","expected "+S+" to not increase")}e.addMethod("increase",Ve),e.addMethod("increases",Ve);function tt(u,h,y){y&&r(this,"message",y);var m=r(this,"object"),E=r(this,"message"),A=r(this,"ssfi");new e(m,E,A,!0).is.a("function");var b;h?(new e(u,E,A,!0).to.have.property(h),b=u[h]):(new e(u,E,A,!0).is.a("function"),b=u()),new e(b,E,A,!0).is.a("number"),m();var d=h==null?u():u[h],S=h==null?b:"."+h;r(this,"deltaMsgObj",S),r(this,"initialDeltaValue",b),r(this,"finalDeltaValue",d),r(this,"deltaBehavior","decrease"),r(this,"realDelta",b-d),this.assert(d-b<0,"expected "+S+" to decrease","expected "+S+" to not decrease")}e.addMethod("decrease",tt),e.addMethod("decreases",tt);function wt(u,h){h&&r(this,"message",h);var y=r(this,"deltaMsgObj"),m=r(this,"initialDeltaValue"),E=r(this,"finalDeltaValue"),A=r(this,"deltaBehavior"),b=r(this,"realDelta"),d;A==="change"?d=Math.abs(E-m)===Math.abs(u):d=b===Math.abs(u),this.assert(d,"expected "+y+" to "+A+" by "+u,"expected "+y+" to not "+A+" by "+u)}e.addMethod("by",wt),e.addProperty("extensible",function(){var u=r(this,"object"),h=u===Object(u)&&Object.isExtensible(u);this.assert(h,"expected #{this} to be extensible","expected #{this} to not be extensible")}),e.addProperty("sealed",function(){var u=r(this,"object"),h=u===Object(u)?Object.isSealed(u):!0;this.assert(h,"expected #{this} to be sealed","expected #{this} to not be sealed")}),e.addProperty("frozen",function(){var u=r(this,"object"),h=u===Object(u)?Object.isFrozen(u):!0;this.assert(h,"expected #{this} to be frozen","expected #{this} to not be frozen")}),e.addProperty("finite",function(u){var h=r(this,"object");this.assert(typeof h=="number"&&isFinite(h),"expected #{this} to be a finite number","expected #{this} to not be a finite number")})}});var oi=O((Ga,ii)=>{v();ii.exports=function(n,t){n.expect=function(e,s){return new n.Assertion(e,s)},n.expect.fail=function(e,s,r,i){throw arguments.length<2&&(r=e,e=void 0),r=r||"expect.fail()",new n.AssertionError(r,{actual:e,expected:s,operator:i},n.expect.fail)}}});var ai=O((Ja,si)=>{v();si.exports=function(n,t){var e=n.Assertion;function s(){function r(){return this instanceof String||this instanceof Number||this instanceof Boolean||typeof Symbol=="function"&&this instanceof Symbol||typeof BigInt=="function"&&this instanceof BigInt?new e(this.valueOf(),null,r):new e(this,null,r)}function i(a){Object.defineProperty(this,"should",{value:a,enumerable:!0,configurable:!0,writable:!0})}Object.defineProperty(Object.prototype,"should",{set:i,get:r,configurable:!0});var o={};return o.fail=function(a,c,w,x){throw arguments.length<2&&(w=a,a=void 0),w=w||"should.fail()",new n.AssertionError(w,{actual:a,expected:c,operator:x},o.fail)},o.equal=function(a,c,w){new e(a,w).to.equal(c)},o.Throw=function(a,c,w,x){new e(a,x).to.Throw(c,w)},o.exist=function(a,c){new e(a,c).to.exist},o.not={},o.not.equal=function(a,c,w){new e(a,w).to.not.equal(c)},o.not.Throw=function(a,c,w,x){new e(a,x).to.not.Throw(c,w)},o.not.exist=function(a,c){new e(a,c).to.not.exist},o.throw=o.Throw,o.not.throw=o.not.Throw,o}n.should=s,n.Should=s}});var ci=O((Qa,ui)=>{v();ui.exports=function(n,t){var e=n.Assertion,s=t.flag;var r=n.assert=function(i,o){var a=new e(null,null,n.assert,!0);a.assert(i,o,"[ negation message unavailable ]")};r.fail=function(i,o,a,c){throw arguments.length<2&&(a=i,i=void 0),a=a||"assert.fail()",new n.AssertionError(a,{actual:i,expected:o,operator:c},r.fail)},r.isOk=function(i,o){new e(i,o,r.isOk,!0).is.ok},r.isNotOk=function(i,o){new e(i,o,r.isNotOk,!0).is.not.ok},r.equal=function(i,o,a){var c=new e(i,a,r.equal,!0);c.assert(o==s(c,"object"),"expected #{this} to equal #{exp}","expected #{this} to not equal #{act}",o,i,!0)},r.notEqual=function(i,o,a){var c=new e(i,a,r.notEqual,!0);c.assert(o!=s(c,"object"),"expected #{this} to not equal #{exp}","expected #{this} to equal #{act}",o,i,!0)},r.strictEqual=function(i,o,a){new e(i,a,r.strictEqual,!0).to.equal(o)},r.notStrictEqual=function(i,o,a){new e(i,a,r.notStrictEqual,!0).to.not.equal(o)},r.deepEqual=r.deepStrictEqual=function(i,o,a){new e(i,a,r.deepEqual,!0).to.eql(o)},r.notDeepEqual=function(i,o,a){new e(i,a,r.notDeepEqual,!0).to.not.eql(o)},r.isAbove=function(i,o,a){new e(i,a,r.isAbove,!0).to.be.above(o)},r.isAtLeast=function(i,o,a){new e(i,a,r.isAtLeast,!0).to.be.least(o)},r.isBelow=function(i,o,a){new e(i,a,r.isBelow,!0).to.be.below(o)},r.isAtMost=function(i,o,a){new e(i,a,r.isAtMost,!0).to.be.most(o)},r.isTrue=function(i,o){new e(i,o,r.isTrue,!0).is.true},r.isNotTrue=function(i,o){new e(i,o,r.isNotTrue,!0).to.not.equal(!0)},r.isFalse=function(i,o){new e(i,o,r.isFalse,!0).is.false},r.isNotFalse=function(i,o){new e(i,o,r.isNotFalse,!0).to.not.equal(!1)},r.isNull=function(i,o){new e(i,o,r.isNull,!0).to.equal(null)},r.isNotNull=function(i,o){new e(i,o,r.isNotNull,!0).to.not.equal(null)},r.isNaN=function(i,o){new e(i,o,r.isNaN,!0).to.be.NaN},r.isNotNaN=function(i,o){new e(i,o,r.isNotNaN,!0).not.to.be.NaN},r.exists=function(i,o){new e(i,o,r.exists,!0).to.exist},r.notExists=function(i,o){new e(i,o,r.notExists,!0).to.not.exist},r.isUndefined=function(i,o){new e(i,o,r.isUndefined,!0).to.equal(void 0)},r.isDefined=function(i,o){new e(i,o,r.isDefined,!0).to.not.equal(void 0)},r.isFunction=function(i,o){new e(i,o,r.isFunction,!0).to.be.a("function")},r.isNotFunction=function(i,o){new e(i,o,r.isNotFunction,!0).to.not.be.a("function")},r.isObject=function(i,o){new e(i,o,r.isObject,!0).to.be.a("object")},r.isNotObject=function(i,o){new e(i,o,r.isNotObject,!0).to.not.be.a("object")},r.isArray=function(i,o){new e(i,o,r.isArray,!0).to.be.an("array")},r.isNotArray=function(i,o){new e(i,o,r.isNotArray,!0).to.not.be.an("array")},r.isString=function(i,o){new e(i,o,r.isString,!0).to.be.a("string")},r.isNotString=function(i,o){new e(i,o,r.isNotString,!0).to.not.be.a("string")},r.isNumber=function(i,o){new e(i,o,r.isNumber,!0).to.be.a("number")},r.isNotNumber=function(i,o){new e(i,o,r.isNotNumber,!0).to.not.be.a("number")},r.isFinite=function(i,o){new e(i,o,r.isFinite,!0).to.be.finite},r.isBoolean=function(i,o){new e(i,o,r.isBoolean,!0).to.be.a("boolean")},r.isNotBoolean=function(i,o){new e(i,o,r.isNotBoolean,!0).to.not.be.a("boolean")},r.typeOf=function(i,o,a){new e(i,a,r.typeOf,!0).to.be.a(o)},r.notTypeOf=function(i,o,a){new e(i,a,r.notTypeOf,!0).to.not.be.a(o)},r.instanceOf=function(i,o,a){new e(i,a,r.instanceOf,!0).to.be.instanceOf(o)},r.notInstanceOf=function(i,o,a){new e(i,a,r.notInstanceOf,!0).to.not.be.instanceOf(o)},r.include=function(i,o,a){new e(i,a,r.include,!0).include(o)},r.notInclude=function(i,o,a){new e(i,a,r.notInclude,!0).not.include(o)},r.deepInclude=function(i,o,a){new e(i,a,r.deepInclude,!0).deep.include(o)},r.notDeepInclude=function(i,o,a){new e(i,a,r.notDeepInclude,!0).not.deep.include(o)},r.nestedInclude=function(i,o,a){new e(i,a,r.nestedInclude,!0).nested.include(o)},r.notNestedInclude=function(i,o,a){new e(i,a,r.notNestedInclude,!0).not.nested.include(o)},r.deepNestedInclude=function(i,o,a){new e(i,a,r.deepNestedInclude,!0).deep.nested.include(o)},r.notDeepNestedInclude=function(i,o,a){new e(i,a,r.notDeepNestedInclude,!0).not.deep.nested.include(o)},r.ownInclude=function(i,o,a){new e(i,a,r.ownInclude,!0).own.include(o)},r.notOwnInclude=function(i,o,a){new e(i,a,r.notOwnInclude,!0).not.own.include(o)},r.deepOwnInclude=function(i,o,a){new e(i,a,r.deepOwnInclude,!0).deep.own.include(o)},r.notDeepOwnInclude=function(i,o,a){new e(i,a,r.notDeepOwnInclude,!0).not.deep.own.include(o)},r.match=function(i,o,a){new e(i,a,r.match,!0).to.match(o)},r.notMatch=function(i,o,a){new e(i,a,r.notMatch,!0).to.not.match(o)},r.property=function(i,o,a){new e(i,a,r.property,!0).to.have.property(o)},r.notProperty=function(i,o,a){new e(i,a,r.notProperty,!0).to.not.have.property(o)},r.propertyVal=function(i,o,a,c){new e(i,c,r.propertyVal,!0).to.have.property(o,a)},r.notPropertyVal=function(i,o,a,c){new e(i,c,r.notPropertyVal,!0).to.not.have.property(o,a)},r.deepPropertyVal=function(i,o,a,c){new e(i,c,r.deepPropertyVal,!0).to.have.deep.property(o,a)},r.notDeepPropertyVal=function(i,o,a,c){new e(i,c,r.notDeepPropertyVal,!0).to.not.have.deep.property(o,a)},r.ownProperty=function(i,o,a){new e(i,a,r.ownProperty,!0).to.have.own.property(o)},r.notOwnProperty=function(i,o,a){new e(i,a,r.notOwnProperty,!0).to.not.have.own.property(o)},r.ownPropertyVal=function(i,o,a,c){new e(i,c,r.ownPropertyVal,!0).to.have.own.property(o,a)},r.notOwnPropertyVal=function(i,o,a,c){new e(i,c,r.notOwnPropertyVal,!0).to.not.have.own.property(o,a)},r.deepOwnPropertyVal=function(i,o,a,c){new e(i,c,r.deepOwnPropertyVal,!0).to.have.deep.own.property(o,a)},r.notDeepOwnPropertyVal=function(i,o,a,c){new e(i,c,r.notDeepOwnPropertyVal,!0).to.not.have.deep.own.property(o,a)},r.nestedProperty=function(i,o,a){new e(i,a,r.nestedProperty,!0).to.have.nested.property(o)},r.notNestedProperty=function(i,o,a){new e(i,a,r.notNestedProperty,!0).to.not.have.nested.property(o)},r.nestedPropertyVal=function(i,o,a,c){new e(i,c,r.nestedPropertyVal,!0).to.have.nested.property(o,a)},r.notNestedPropertyVal=function(i,o,a,c){new e(i,c,r.notNestedPropertyVal,!0).to.not.have.nested.property(o,a)},r.deepNestedPropertyVal=function(i,o,a,c){new e(i,c,r.deepNestedPropertyVal,!0).to.have.deep.nested.property(o,a)},r.notDeepNestedPropertyVal=function(i,o,a,c){new e(i,c,r.notDeepNestedPropertyVal,!0).to.not.have.deep.nested.property(o,a)},r.lengthOf=function(i,o,a){new e(i,a,r.lengthOf,!0).to.have.lengthOf(o)},r.hasAnyKeys=function(i,o,a){new e(i,a,r.hasAnyKeys,!0).to.have.any.keys(o)},r.hasAllKeys=function(i,o,a){new e(i,a,r.hasAllKeys,!0).to.have.all.keys(o)},r.containsAllKeys=function(i,o,a){new e(i,a,r.containsAllKeys,!0).to.contain.all.keys(o)},r.doesNotHaveAnyKeys=function(i,o,a){new e(i,a,r.doesNotHaveAnyKeys,!0).to.not.have.any.keys(o)},r.doesNotHaveAllKeys=function(i,o,a){new e(i,a,r.doesNotHaveAllKeys,!0).to.not.have.all.keys(o)},r.hasAnyDeepKeys=function(i,o,a){new e(i,a,r.hasAnyDeepKeys,!0).to.have.any.deep.keys(o)},r.hasAllDeepKeys=function(i,o,a){new e(i,a,r.hasAllDeepKeys,!0).to.have.all.deep.keys(o)},r.containsAllDeepKeys=function(i,o,a){new e(i,a,r.containsAllDeepKeys,!0).to.contain.all.deep.keys(o)},r.doesNotHaveAnyDeepKeys=function(i,o,a){new e(i,a,r.doesNotHaveAnyDeepKeys,!0).to.not.have.any.deep.keys(o)},r.doesNotHaveAllDeepKeys=function(i,o,a){new e(i,a,r.doesNotHaveAllDeepKeys,!0).to.not.have.all.deep.keys(o)},r.throws=function(i,o,a,c){(typeof o=="string"||o instanceof RegExp)&&(a=o,o=null);var w=new e(i,c,r.throws,!0).to.throw(o,a);return s(w,"object")},r.doesNotThrow=function(i,o,a,c){(typeof o=="string"||o instanceof RegExp)&&(a=o,o=null),new e(i,c,r.doesNotThrow,!0).to.not.throw(o,a)},r.operator=function(i,o,a,c){var w;switch(o){case"==":w=i==a;break;case"===":w=i===a;break;case">":w=i>a;break;case">=":w=i>=a;break;case"<":w=i<a;break;case"<=":w=i<=a;break;case"!=":w=i!=a;break;case"!==":w=i!==a;break;default:throw c=c&&c+": ",new n.AssertionError(c+'Invalid operator "'+o+'"',void 0,r.operator)}var x=new e(w,c,r.operator,!0);x.assert(s(x,"object")===!0,"expected "+t.inspect(i)+" to be "+o+" "+t.inspect(a),"expected "+t.inspect(i)+" to not be "+o+" "+t.inspect(a))},r.closeTo=function(i,o,a,c){new e(i,c,r.closeTo,!0).to.be.closeTo(o,a)},r.approximately=function(i,o,a,c){new e(i,c,r.approximately,!0).to.be.approximately(o,a)},r.sameMembers=function(i,o,a){new e(i,a,r.sameMembers,!0).to.have.same.members(o)},r.notSameMembers=function(i,o,a){new e(i,a,r.notSameMembers,!0).to.not.have.same.members(o)},r.sameDeepMembers=function(i,o,a){new e(i,a,r.sameDeepMembers,!0).to.have.same.deep.members(o)},r.notSameDeepMembers=function(i,o,a){new e(i,a,r.notSameDeepMembers,!0).to.not.have.same.deep.members(o)},r.sameOrderedMembers=function(i,o,a){new e(i,a,r.sameOrderedMembers,!0).to.have.same.ordered.members(o)},r.notSameOrderedMembers=function(i,o,a){new e(i,a,r.notSameOrderedMembers,!0).to.not.have.same.ordered.members(o)},r.sameDeepOrderedMembers=function(i,o,a){new e(i,a,r.sameDeepOrderedMembers,!0).to.have.same.deep.ordered.members(o)},r.notSameDeepOrderedMembers=function(i,o,a){new e(i,a,r.notSameDeepOrderedMembers,!0).to.not.have.same.deep.ordered.members(o)},r.includeMembers=function(i,o,a){new e(i,a,r.includeMembers,!0).to.include.members(o)},r.notIncludeMembers=function(i,o,a){new e(i,a,r.notIncludeMembers,!0).to.not.include.members(o)},r.includeDeepMembers=function(i,o,a){new e(i,a,r.includeDeepMembers,!0).to.include.deep.members(o)},r.notIncludeDeepMembers=function(i,o,a){new e(i,a,r.notIncludeDeepMembers,!0).to.not.include.deep.members(o)},r.includeOrderedMembers=function(i,o,a){new e(i,a,r.includeOrderedMembers,!0).to.include.ordered.members(o)},r.notIncludeOrderedMembers=function(i,o,a){new e(i,a,r.notIncludeOrderedMembers,!0).to.not.include.ordered.members(o)},r.includeDeepOrderedMembers=function(i,o,a){new e(i,a,r.includeDeepOrderedMembers,!0).to.include.deep.ordered.members(o)},r.notIncludeDeepOrderedMembers=function(i,o,a){new e(i,a,r.notIncludeDeepOrderedMembers,!0).to.not.include.deep.ordered.members(o)},r.oneOf=function(i,o,a){new e(i,a,r.oneOf,!0).to.be.oneOf(o)},r.changes=function(i,o,a,c){arguments.length===3&&typeof o=="function"&&(c=a,a=null),new e(i,c,r.changes,!0).to.change(o,a)},r.changesBy=function(i,o,a,c,w){if(arguments.length===4&&typeof o=="function"){var x=c;c=a,w=x}else arguments.length===3&&(c=a,a=null);new e(i,w,r.changesBy,!0).to.change(o,a).by(c)},r.doesNotChange=function(i,o,a,c){return arguments.length===3&&typeof o=="function"&&(c=a,a=null),new e(i,c,r.doesNotChange,!0).to.not.change(o,a)},r.changesButNotBy=function(i,o,a,c,w){if(arguments.length===4&&typeof o=="function"){var x=c;c=a,w=x}else arguments.length===3&&(c=a,a=null);new e(i,w,r.changesButNotBy,!0).to.change(o,a).but.not.by(c)},r.increases=function(i,o,a,c){return arguments.length===3&&typeof o=="function"&&(c=a,a=null),new e(i,c,r.increases,!0).to.increase(o,a)},r.increasesBy=function(i,o,a,c,w){if(arguments.length===4&&typeof o=="function"){var x=c;c=a,w=x}else arguments.length===3&&(c=a,a=null);new e(i,w,r.increasesBy,!0).to.increase(o,a).by(c)},r.doesNotIncrease=function(i,o,a,c){return arguments.length===3&&typeof o=="function"&&(c=a,a=null),new e(i,c,r.doesNotIncrease,!0).to.not.increase(o,a)},r.increasesButNotBy=function(i,o,a,c,w){if(arguments.length===4&&typeof o=="function"){var x=c;c=a,w=x}else arguments.length===3&&(c=a,a=null);new e(i,w,r.increasesButNotBy,!0).to.increase(o,a).but.not.by(c)},r.decreases=function(i,o,a,c){return arguments.length===3&&typeof o=="function"&&(c=a,a=null),new e(i,c,r.decreases,!0).to.decrease(o,a)},r.decreasesBy=function(i,o,a,c,w){if(arguments.length===4&&typeof o=="function"){var x=c;c=a,w=x}else arguments.length===3&&(c=a,a=null);new e(i,w,r.decreasesBy,!0).to.decrease(o,a).by(c)},r.doesNotDecrease=function(i,o,a,c){return arguments.length===3&&typeof o=="function"&&(c=a,a=null),new e(i,c,r.doesNotDecrease,!0).to.not.decrease(o,a)},r.doesNotDecreaseBy=function(i,o,a,c,w){if(arguments.length===4&&typeof o=="function"){var x=c;c=a,w=x}else arguments.length===3&&(c=a,a=null);return new e(i,w,r.doesNotDecreaseBy,!0).to.not.decrease(o,a).by(c)},r.decreasesButNotBy=function(i,o,a,c,w){if(arguments.length===4&&typeof o=="function"){var x=c;c=a,w=x}else arguments.length===3&&(c=a,a=null);new e(i,w,r.decreasesButNotBy,!0).to.decrease(o,a).but.not.by(c)};r.ifError=function(i){if(i)throw i},r.isExtensible=function(i,o){new e(i,o,r.isExtensible,!0).to.be.extensible},r.isNotExtensible=function(i,o){new e(i,o,r.isNotExtensible,!0).to.not.be.extensible},r.isSealed=function(i,o){new e(i,o,r.isSealed,!0).to.be.sealed},r.isNotSealed=function(i,o){new e(i,o,r.isNotSealed,!0).to.not.be.sealed},r.isFrozen=function(i,o){new e(i,o,r.isFrozen,!0).to.be.frozen},r.isNotFrozen=function(i,o){new e(i,o,r.isNotFrozen,!0).to.not.be.frozen},r.isEmpty=function(i,o){new e(i,o,r.isEmpty,!0).to.be.empty},r.isNotEmpty=function(i,o){new e(i,o,r.isNotEmpty,!0).to.not.be.empty};(function i(o,a){return r[a]=r[o],i})("isOk","ok")("isNotOk","notOk")("throws","throw")("throws","Throw")("isExtensible","extensible")("isNotExtensible","notExtensible")("isSealed","sealed")("isNotSealed","notSealed")("isFrozen","frozen")("isNotFrozen","notFrozen")("isEmpty","empty")("isNotEmpty","notEmpty")}});var be=O(ee=>{v();var fi=[];ee.version="4.3.8";ee.AssertionError=qt();var li=Hn();ee.use=function(n){return~fi.indexOf(n)||(n(ee,li),fi.push(n)),ee};ee.util=li;var ds=Se();ee.config=ds;var ys=ti();ee.use(ys);var gs=ni();ee.use(gs);var ws=oi();ee.use(ws);var ms=ai();ee.use(ms);var bs=ci();ee.use(bs)});var pi=O((tu,hi)=>{v();hi.exports=be()});v();module.exports=pi();
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

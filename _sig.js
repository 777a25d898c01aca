const {validatePaths}=require('./dist/validation/validate');
(async()=>{
const r=await validatePaths([process.argv[2]],{});
const names=r.manifests.map(e=>e.manifest.metadata.name);
const res=r.manifests.flatMap(e=>(e.manifest.spec.dataResources||[]).map(x=>x.name));
const T={};const time=(k,f)=>{const s=process.hrtime.bigint();f();T[k]=Number(process.hrtime.bigint()-s)/1e6;};
const GP=new RegExp(['环境保护部','环保部','全国','中国','信息','管理','系统','平台','网站','数据库','综合'].join('|'),'g');
let n1,n2,n3;
time('nfkc',()=>{n1=names.map(s=>s.normalize('NFKC'));});
time('lower',()=>{n2=n1.map(s=>s.toLowerCase());});
time('punct',()=>{n3=n2.map(s=>s.replace(/[\s\p{P}\p{S}]+/gu,''));});
time('generic',()=>{n3.map(s=>s.replace(GP,''));});
time('bigrams',()=>{for(const core of n3){const g=new Set();let p=-1;for(const ch of core){const c=ch.codePointAt(0);if(p>=0)g.add(p*0x110000+c);p=c;}}});
time('res-norm',()=>{res.map(s=>s.normalize('NFKC').toLowerCase().replace(/[\s\p{P}\p{S}]+/gu,''));});
console.log(T, names.length, res.length);
})();

/**
 * The XSS payload corpus. Each payload is written around `call`, a call to the page's trap
 * (`__encartPwned(<id>)`), so that if any of them were ever parsed as HTML, run as a URL or
 * evaluated as a template, the trap would record which one. A payload that could not call the trap
 * if it ran would prove nothing, so every entry uses it.
 */
export type Category = 'script' | 'handler' | 'attribute' | 'template' | 'scheme' | 'svg-mathml' | 'css' | 'unicode' | 'polyglot' | 'hostile-url';

export interface Payload {
  id: number;
  category: Category;
  value: string;
}

type Make = (call: string) => string;

const b64 = (text: string) => btoa(text);
const entities = (text: string, hex = false) => [...text].map((c) => (hex ? `&#x${c.charCodeAt(0).toString(16)};` : `&#${c.charCodeAt(0)};`)).join('');

const SCRIPT: Make[] = [
  (c) => `<script>${c}</script>`,
  (c) => `<SCRIPT>${c}</SCRIPT>`,
  (c) => `<ScRiPt>${c}</sCrIpT>`,
  (c) => `<script type="module">${c}</script>`,
  (c) => `<script/xss>${c}</script>`,
  (c) => `<script\x0C>${c}</script>`,
  (c) => `<<script>${c};//<</script>`,
  (c) => `<scr<script>ipt>${c}</scr</script>ipt>`,
  (c) => `</script><script>${c}</script>`,
  (c) => `<!--</script><script>${c}</script>-->`,
  (c) => `<script src="data:text/javascript,${c}"></script>`,
  (c) => `<script src="data:text/javascript;base64,${b64(c)}"></script>`,
  (c) => `<script>eval(atob('${b64(c)}'))</script>`,
  (c) => `<script>setTimeout('${c}')</script>`,
  (c) => `<script>new Function('${c}')()</script>`,
  (c) => `\\u003cscript\\u003e${c}\\u003c/script\\u003e`,
  (c) => `%3Cscript%3E${c}%3C/script%3E`,
  (c) => `&lt;script&gt;${c}&lt;/script&gt;`,
  (c) => `<script>/*</script>*/${c}</script>`,
  (c) => `<script\n>${c}</script\n>`,
];

const HANDLER: Make[] = [
  (c) => `<img src=x onerror=${c}>`,
  (c) => `<img src=x onerror="${c}">`,
  (c) => `<img/src=x/onerror=${c}>`,
  (c) => `<IMG SRC=x OnErRoR=${c}>`,
  (c) => `<img src=x:x onerror=${c}//`,
  (c) => `<img src=x onerror=${entities(c)}>`,
  (c) => `<img src=x onerror=eval(atob('${b64(c)}'))>`,
  (c) => `<img src=x onerror=top['${c.replace('(', "'](")}>`,
  (c) => `<svg onload=${c}>`,
  (c) => `<svg/onload=${c}>`,
  (c) => `<body onload=${c}>`,
  (c) => `<body onpageshow=${c}>`,
  (c) => `<iframe onload=${c}></iframe>`,
  (c) => `<iframe src="javascript:parent.${c}"></iframe>`,
  (c) => `<iframe srcdoc="<script>parent.${c}</script>"></iframe>`,
  (c) => `<input autofocus onfocus=${c}>`,
  (c) => `<select autofocus onfocus=${c}></select>`,
  (c) => `<textarea autofocus onfocus=${c}></textarea>`,
  (c) => `<x contenteditable autofocus onfocus=${c}>x</x>`,
  (c) => `<details open ontoggle=${c}>`,
  (c) => `<video><source onerror=${c}></video>`,
  (c) => `<audio src=x onerror=${c}>`,
  (c) => `<object data="javascript:${c}"></object>`,
  (c) => `<embed src="javascript:${c}">`,
  (c) => `<marquee onstart=${c}>x</marquee>`,
  (c) => `<div onmouseover=${c}>hover</div>`,
  (c) => `<a href="javascript:${c}">click</a>`,
  (c) => `<form><button formaction="javascript:${c}">x</button></form>`,
  (c) => `<link rel=stylesheet href="javascript:${c}">`,
  (c) => `<meta http-equiv="refresh" content="0;url=javascript:${c}">`,
  (c) => `<base href="javascript:${c}//">`,
  (c) => `<style onload=${c}></style>`,
  (c) => `<img name=getElementById src=x onerror=${c}>`,
  (c) => `<image src=x onerror=${c}>`,
  (c) => `<object data=x onerror=${c}></object>`,
];

const ATTRIBUTE: Make[] = [
  (c) => `"><img src=x onerror=${c}>`,
  (c) => `'><img src=x onerror=${c}>`,
  (c) => `\`><img src=x onerror=${c}>`,
  (c) => `" onmouseover="${c}`,
  (c) => `' onmouseover='${c}`,
  (c) => `" autofocus onfocus="${c}" x="`,
  (c) => `"/><svg onload=${c}>`,
  (c) => `"><script>${c}</script>`,
  (c) => `</title><script>${c}</script>`,
  (c) => `</textarea><script>${c}</script>`,
  (c) => `</style><script>${c}</script>`,
  (c) => `--><script>${c}</script>`,
  (c) => `]]><script>${c}</script>`,
  (c) => `<!--><img src=x onerror=${c}>-->`,
  (c) => `<![CDATA[<script>${c}</script>]]>`,
  (c) => `"\u0000><img src=x onerror=${c}>`,
  (c) => `"}]<img src=x onerror=${c}>`,
  (c) => `\\"><img src=x onerror=${c}>`,
  (c) => `" style="x:expression(${c})`,
];

const TEMPLATE: Make[] = [
  (c) => `\${${c}}`,
  (c) => `{{${c}}}`,
  (c) => `{{constructor.constructor('${c}')()}}`,
  (c) => `{{ $on.constructor('${c}')() }}`,
  (c) => `#{${c}}`,
  (c) => `<%= ${c} %>`,
  (c) => `[[${c}]]`,
  (c) => `<template><img src=x onerror=${c}></template>`,
  (c) => `<template shadowrootmode="open"><img src=x onerror=${c}></template>`,
  (c) => `<div v-html="'<img src=x onerror=${c}>'"></div>`,
  // Lit's own markers: a string that looks like one must stay a string.
  (c) => `<!--?lit$123456789$-->${c}`,
  (c) => `lit$123456789$<img src=x onerror=${c}>`,
  (c) => `<?lit$123456789$><img src=x onerror=${c}>`,
];

// URL schemes that run code, with the encodings and padding that defeat naive filters.
const SCHEME: Make[] = [
  (c) => `javascript:${c}`,
  (c) => `JavaScript:${c}`,
  (c) => `JAVASCRIPT:${c}`,
  (c) => ` javascript:${c}`,
  (c) => `\tjavascript:${c}`,
  (c) => `java\tscript:${c}`,
  (c) => `java\nscript:${c}`,
  (c) => `java\rscript:${c}`,
  (c) => `\u0001javascript:${c}`,
  (c) => `\u0000javascript:${c}`,
  (c) => `\u000Bjavascript:${c}`,
  (c) => `\u001Fjavascript:${c}`,
  (c) => `\u00A0javascript:${c}`,
  (c) => `\uFEFFjavascript:${c}`,
  (c) => `&#x6A;avascript:${c}`,
  (c) => `&#106;avascript:${c}`,
  (c) => `&#0000106&#0000097vascript:${c}`,
  (c) => `${entities('javascript:', true)}${c}`,
  (c) => `%6Aavascript:${c}`,
  (c) => `javascript%3A${c}`,
  (c) => `jav&#x09;ascript:${c}`,
  (c) => `jav&#x0A;ascript:${c}`,
  (c) => `java&Tab;script:${c}`,
  (c) => `javascript&colon;${c}`,
  (c) => `\\u006Aavascript:${c}`,
  (c) => `javascript://%0A${c}`,
  (c) => `javascript://x.invalid/%0A${c}`,
  (c) => `javascript:void(0);${c}`,
  (c) => `vbscript:${c}`,
  (c) => `VBScript:msgbox(${c})`,
  (c) => `livescript:${c}`,
  (c) => `data:text/html,<script>${c}</script>`,
  (c) => `data:text/html;base64,${b64(`<script>${c}</script>`)}`,
  (c) => `DATA:text/html,<script>${c}</script>`,
  (c) => ` data:text/html,<script>${c}</script>`,
  (c) => `data:image/svg+xml,<svg onload=${c}>`,
  (c) => `data:application/javascript,${c}`,
  (c) => `blob:https://x.invalid/${c}`,
  (c) => `feed:javascript:${c}`,
  (c) => `view-source:javascript:${c}`,
  (c) => `//x.invalid/${c}`,
  (c) => `/\\x.invalid/${c}`,
];

const SVG_MATHML: Make[] = [
  (c) => `<svg><script>${c}</script></svg>`,
  (c) => `<svg><script href="data:,${c}"/></svg>`,
  (c) => `<svg><animate onbegin=${c} attributeName=x dur=1s>`,
  (c) => `<svg><a xlink:href="javascript:${c}"><text x=20 y=20>x</text></a></svg>`,
  (c) => `<svg><set attributeName=onmouseover to=${c}>`,
  (c) => `<svg><foreignObject><img src=x onerror=${c}></foreignObject></svg>`,
  (c) => `<svg><style><img src=x onerror=${c}></style></svg>`,
  (c) => `<svg></p><style><a id="</style><img src=1 onerror=${c}>">`,
  (c) => `<math><mtext><table><mglyph><style><img src=x onerror=${c}>`,
  (c) => `<math><maction actiontype="statusline" xlink:href="javascript:${c}">x</maction></math>`,
  (c) => `<math href="javascript:${c}">x</math>`,
  (c) => `<form><math><mtext></form><form><mglyph><style></math><img src onerror=${c}>`,
  (c) => `<noscript><p title="</noscript><img src=x onerror=${c}>">`,
];

const CSS: Make[] = [
  (c) => `</style><img src=x onerror=${c}>`,
  (c) => `background:url("javascript:${c}")`,
  (c) => `x{background:url(javascript:${c})}`,
  (c) => `width:expression(${c})`,
  (c) => `<div style="background:url(javascript:${c})">x</div>`,
  (c) => `<div style="width:expression(${c})">x</div>`,
  (c) => `@import 'javascript:${c}';`,
  (c) => `<style>@import 'data:,*{x:expression(${c})}';</style>`,
  (c) => `-moz-binding:url("data:text/xml,<script>${c}</script>")`,
  (c) => `}</style><script>${c}</script>`,
  (c) => `<style>*{background-image:url("javascript:${c}")}</style>`,
];

const UNICODE: Make[] = [
  (c) => `\u202Egnp.exe ${c}`,
  (c) => `\u202E<script>${c}</script>`,
  (c) => `\u2066\u2067<img src=x onerror=${c}>\u2069`,
  (c) => `\u200B<script>${c}</script>`,
  (c) => `<scr\u200Bipt>${c}</scr\u200Bipt>`,
  (c) => `java\u200Bscript:${c}`,
  (c) => `\u2028\u2029<script>${c}</script>`,
  (c) => `\uFF1Cscript\uFF1E${c}\uFF1C/script\uFF1E`,
  (c) => `\uFF1Cimg src=x onerror=${c}\uFF1E`,
  (c) => `\u00BCscript\u00BE${c}\u00BC/script\u00BE`,
  (c) => `\uD800<script>${c}</script>`,
  (c) => `e\u0301\u034F<img src=x onerror=${c}>`,
  (c) => `\u180E<img src=x onerror=${c}>`,
];

const POLYGLOT: Make[] = [
  (c) => `jaVasCript:/*-/*\`/*\\\`/*'/*"/**/(/* */oNcliCk=${c} )//%0D%0A%0d%0a//</stYle/</titLe/</teXtarEa/</scRipt/--!>\\x3csVg/<sVg/oNloAd=${c}//>\\x3e`,
  (c) => `'">><marquee><img src=x onerror=${c}></marquee>"></plaintext\\></|\\><plaintext/onmouseover=${c}><script>${c}</script>`,
  (c) => `javascript:/*--></title></style></textarea></script></xmp><svg/onload='+/"/+/onmouseover=1/+/[*/[]/+${c}//'>`,
  (c) => `<img src=x onerror=${c}>`.repeat(200),
  (c) => `${'A'.repeat(10_000)}<img src=x onerror=${c}>`,
  (c) => `<!--<script>--><img src=x onerror=${c}>`,
  (c) => `<a href="https://x.invalid/" onclick=${c}>link</a>`,
];

// Valid absolute http(s) URLs that a careless template would still turn into markup or script:
// in a URL field they pass the validator, so they must come out as one inert attribute value.
const HOSTILE_URL: Make[] = [
  (c) => `https://x.invalid/"onmouseover="${c}`,
  (c) => `https://x.invalid/#<script>${c}</script>`,
  (c) => `https://x.invalid/'><img src=x onerror=${c}>`,
  (c) => `https://x.invalid/?q="><svg onload=${c}>`,
  (c) => `http://x.invalid/ onerror=${c}`,
  (c) => `https://x.invalid/javascript:${c}`,
  (c) => `https://javascript:${c.replace(/[()]/g, '')}@x.invalid/`,
  (c) => `HTTPS://x.invalid/${c}`,
  (c) => ` https://x.invalid/${c}`,
  (c) => `https://x.invalid/\u202Egpj.exe?${c}`,
  (c) => `https://x.invalid/\${${c}}`,
  (c) => `https://x.invalid/{{${c}}}`,
  (c) => `https://x.invalid/%22%3E%3Cscript%3E${c}%3C/script%3E`,
  (c) => `https://x.invalid/\n"onload="${c}`,
  (c) => `https://x.invalid/#javascript:${c}`,
];

const GROUPS: [Category, Make[]][] = [
  ['script', SCRIPT],
  ['handler', HANDLER],
  ['attribute', ATTRIBUTE],
  ['template', TEMPLATE],
  ['scheme', SCHEME],
  ['svg-mathml', SVG_MATHML],
  ['css', CSS],
  ['unicode', UNICODE],
  ['polyglot', POLYGLOT],
  ['hostile-url', HOSTILE_URL],
];

/** The trap call each payload makes if it ever runs. */
export const trapCall = (id: number) => `__encartPwned(${id})`;

/** Every payload, numbered from 1; the number is the argument its trap call passes. */
export const PAYLOADS: Payload[] = GROUPS.flatMap(([category, makes]) => makes.map((make) => ({ category, make }))).map(
  ({ category, make }, index) => ({ id: index + 1, category, value: make(trapCall(index + 1)) }),
);

import * as vega from 'vega';
import * as vl from 'vega-lite';
import { Resvg } from '@resvg/resvg-js';
import { writeFileSync } from 'node:fs';
const spec = { $schema: 'https://vega.github.io/schema/vega-lite/v5.json', width: 600, height: 300, title: 'Training cost',
 data: { values: [{name:'GPT-4', v: 1e8},{name:'DeepSeek V3', v: 5.6e6},{name:'DeepSeek R1', v:294000}] },
 mark: 'bar', encoding: { y: {field:'name', type:'nominal', sort:'-x'}, x: {field:'v', type:'quantitative', scale:{type:'log', domainMin: 1e5}, axis:{format:'$~s'}}},
 config: { font: 'DejaVu Sans' } };
let t=performance.now();
const compiled = vl.compile(spec).spec;
const view = new vega.View(vega.parse(compiled), { renderer: 'none' });
const svg = await view.toSVG();
console.log('svg ms', performance.now()-t, svg.length);
t=performance.now();
const png = new Resvg(svg, { fitTo: {mode:'zoom', value: 2}, font: { loadSystemFonts: false, fontFiles: ['assets/fonts/DejaVuSans.ttf','assets/fonts/DejaVuSans-Bold.ttf'], defaultFontFamily: 'DejaVu Sans' }, background: 'white' }).render().asPng();
console.log('png ms', performance.now()-t, png.length);
writeFileSync('/tmp/proto.png', png); writeFileSync('/tmp/proto.svg', svg);

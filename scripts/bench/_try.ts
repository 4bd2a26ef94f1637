import { loadParagraphs } from './text';
import { throughput, scaling } from './recognizer';
const { paragraphs, seedUsed } = loadParagraphs();
let t = performance.now();
console.log(JSON.stringify(throughput(paragraphs, seedUsed), null, 1), performance.now() - t);
t = performance.now();
console.log(JSON.stringify(scaling(paragraphs), null, 1), performance.now() - t);

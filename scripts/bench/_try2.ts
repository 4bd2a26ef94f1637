import { loadParagraphs, adversarial, textOfSize } from './text';
import { recognize } from '../../src/core/recognize/index';
const { paragraphs } = loadParagraphs();
let t = performance.now();
const adv = adversarial(1e6);
console.log('build', performance.now() - t);
for (const [k, v] of Object.entries(adv))
  for (let i = 0; i < 3; i++) {
    t = performance.now();
    recognize(v);
    console.log(k, performance.now() - t);
  }
t = performance.now();
const x = textOfSize(paragraphs, 1e7);
console.log('build10', performance.now() - t);
for (let i = 0; i < 3; i++) {
  t = performance.now();
  recognize(x);
  console.log('10MB', performance.now() - t);
}

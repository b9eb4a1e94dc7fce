import { parseDocument, Parser, Composer, LineCounter, visit } from 'yaml';
const show = (label, text, opts = {}) => {
  try {
    const d = parseDocument(text, { uniqueKeys: true, prettyErrors: false, ...opts });
    console.log(label, 'errors', d.errors.map(e => e.code + ':' + e.message.split('\n')[0]), 'warnings', d.warnings.map(e => e.code + ':' + e.message.split('\n')[0]), 'directives', JSON.stringify({ y: d.directives?.yaml, ds: d.directives?.docStart, tags: d.directives?.tags }));
    try { console.log('  js', JSON.stringify(d.toJS({ maxAliasCount: 100 })).slice(0, 100)); } catch (e) { console.log('  toJS threw', e.constructor.name, e.message); }
  } catch (e) { console.log(label, 'THREW', e.constructor.name, e.message.slice(0, 80)); }
};
show('tag-js', 'summary: !!js/function "function(){}"\n');
show('tag-local', 'name: !evil The Havens\n');
show('tag-binary', 'summary: !!binary aGVsbG8=\n');
show('yaml11', '%YAML 1.1\n---\nselfReferral: yes\n');
show('alias', 'a: &d 2026-01-01\nb: *d\n');
show('cr-only', '# c\rname: x\rkind: y\r');
show('cr-comment', 'a: false # checked\rlocations: [1]\nb: 2\n');
show('nel', 'a: x\u0085b: y\n');
show('ls', 'a: x\u2028b: y\n');
show('nul', 'a: x\u0000y\n');
show('merge', 'x: &b {c: 1}\ny:\n  <<: *b\n');
show('multi', 'a: 1\n---\nb: 2\n');
let deep = 'a:\n'; for (let i = 0; i < 3000; i++) deep += ' '.repeat(i + 1) + `k${i}:\n`; deep += ' '.repeat(3001) + 'v\n';
show('deep-block', deep);
show('deep-flow', 'a: ' + '['.repeat(20000) + ']'.repeat(20000) + '\n');

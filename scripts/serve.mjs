// `npm start`: serves the built site (dist/) under its base path on http://127.0.0.1:4321/.
import { startStaticServer } from './static-server.mjs';
import { siteBase } from './site-base.mjs';

const port = Number(process.env.PORT ?? 4321);
const { url } = await startStaticServer({ dir: process.env.OUT_DIR ?? 'dist', base: siteBase(), port });
console.log(`\n  C/O経営 実践ガイド: ${url}\n  (Ctrl+C で終了)\n`);

/**
 * The source of the social-card drawing worker (a data: URL module, so it needs no bundling): it
 * receives satori element trees (plain objects from `cardTree`), lays them out with satori, rasterises
 * with resvg and writes a PNG, on its own thread. satori and resvg are imported from the absolute URLs
 * the main thread resolved (`workerData.satori`, `workerData.resvg`).
 */
export const WORKER_SOURCE = `
import { parentPort, workerData } from 'node:worker_threads';
import { crc32, deflateSync } from 'node:zlib';
const satori = (await import(workerData.satori)).default;
const resvg = await import(workerData.resvg);
const Resvg = resvg.Resvg ?? resvg.default.Resvg;
const fonts = [
  { name: 'Inter', data: workerData.regular, weight: 400, style: 'normal' },
  { name: 'Inter', data: workerData.bold, weight: 700, style: 'normal' },
];
function chunk(type, data) {
  const head = Buffer.alloc(8);
  head.writeUInt32BE(data.length, 0);
  head.write(type, 4, 'ascii');
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(data, crc32(head.subarray(4))) >>> 0, 0);
  return Buffer.concat([head, data, crc]);
}
function png(width, height, rgba) {
  const stride = width * 4;
  const raw = Buffer.alloc((stride + 1) * height);
  for (let y = 0; y < height; y++) raw.set(rgba.subarray(y * stride, (y + 1) * stride), y * (stride + 1) + 1);
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(width, 0);
  ihdr.writeUInt32BE(height, 4);
  ihdr[8] = 8;
  ihdr[9] = 6;
  return Buffer.concat([Buffer.from([137, 80, 78, 71, 13, 10, 26, 10]), chunk('IHDR', ihdr), chunk('IDAT', deflateSync(raw, { level: 3 })), chunk('IEND', Buffer.alloc(0))]);
}
parentPort.on('message', async ({ id, tree }) => {
  try {
    const svg = await satori(tree, { width: workerData.width, height: workerData.height, fonts });
    const image = new Resvg(svg, { fitTo: { mode: 'original' }, font: { loadSystemFonts: false } }).render();
    const out = png(image.width, image.height, image.pixels);
    const bytes = new Uint8Array(out.buffer, out.byteOffset, out.byteLength).slice();
    parentPort.postMessage({ id, png: bytes }, [bytes.buffer]);
  } catch (error) {
    parentPort.postMessage({ id, error: String(error && error.stack || error) });
  }
});
parentPort.postMessage({ ready: true });
`;

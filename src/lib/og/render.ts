/**
 * Draws a social card (1200 × 630 PNG) from an `OgCard`: satori lays the text out with the shipped
 * Inter font (src/lib/og/fonts, SIL OFL 1.1) and turns it into paths, resvg rasterises. No network.
 *
 * A card costs ~15 ms of CPU (layout 6 ms, rasterising 6 ms, PNG compression 3 ms). So:
 * - PNGs are cached on disk by the hash of everything drawn (`OG_CACHE_DIR`, default
 *   node_modules/.cache/cni-compare-og): a rebuild redraws only cards whose words changed;
 * - `drawCardsInBackground` draws every uncached card on worker threads from the moment the build
 *   lists its pages (Astro calls every getStaticPaths before it renders any page), so on a 2-core
 *   machine the cards are drawn on the core the single-threaded page rendering leaves idle.
 * The caller passes the font bytes, so this module runs the same under Vite and Node.
 */
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, writeFileSync, renameSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import { crc32, deflate } from 'node:zlib';
import satori from 'satori';
import { renderAsync } from '@resvg/resvg-js';
import { OG_HEIGHT, OG_WIDTH, shortDate, type OgCard } from './cards.ts';
import type { StatusCounts } from '../dataset.ts';
import { WORKER_SOURCE } from './worker-source.ts';

/** Bump when the drawing changes, so cached PNGs are redrawn. */
export const RENDER_VERSION = 4;

export interface OgFonts {
  regular: Uint8Array;
  bold: Uint8Array;
}

export interface RenderOptions {
  fonts: OgFonts;
  /** Shown bottom right, e.g. `cni-compare.example.org`. */
  siteHost: string;
  /** Where PNGs are cached; `false` disables the cache. */
  cacheDir?: string | false;
}

/** Fixed colours: a card is an image, it cannot follow the reader's theme. Contrast ≥ 4.5:1 on BG. */
const BG = '#0f1726';
const FG = '#f4f7fb';
const MUTED = '#a9b8cc';
const ACCENT = '#7aa7ff';
const STATUS_FILL = { yes: '#3fb36b', partial: '#e2a62b', no: '#e4605e', unknown: '#7d8896' } as const;

type Node = { type: string; props: { style?: Record<string, unknown>; children?: unknown; [key: string]: unknown } };
const h = (type: string, style: Record<string, unknown>, children?: unknown, extra: Record<string, unknown> = {}): Node => ({
  type,
  props: { style, children, ...extra },
});

/** Title size steps down with length so two lines always fit. */
export function titleSize(title: string): number {
  return title.length <= 24 ? 76 : title.length <= 36 ? 64 : title.length <= 52 ? 54 : 46;
}

function logo(): Node {
  // The site mark (a hexagon with three linked nodes), drawn as an SVG image.
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 32 32"><path fill="${ACCENT}" fill-opacity=".18" stroke="${ACCENT}" stroke-width="2.2" stroke-linejoin="round" d="M16 2.5 27.7 9.25v13.5L16 29.5 4.3 22.75V9.25z"/><g fill="${ACCENT}"><circle cx="11" cy="12" r="2.6"/><circle cx="21" cy="12" r="2.6"/><circle cx="16" cy="21" r="2.6"/></g><path stroke="${ACCENT}" stroke-width="1.8" fill="none" d="M11 12h10M11 12l5 9m5-9-5 9"/></svg>`;
  return h('img', { width: 44, height: 44 }, undefined, { src: `data:image/svg+xml;base64,${Buffer.from(svg).toString('base64')}`, width: 44, height: 44 });
}

function countsBar(counts: StatusCounts, width: number): Node {
  const total = counts.yes + counts.partial + counts.no + counts.unknown || 1;
  const parts = (['yes', 'partial', 'no', 'unknown'] as const).filter((s) => counts[s] > 0);
  const words = { yes: 'yes', partial: 'partial', no: 'no', unknown: 'unknown' };
  return h('div', { display: 'flex', flexDirection: 'column', marginTop: 32 }, [
    h(
      'div',
      { display: 'flex', width, height: 18, borderRadius: 9, overflow: 'hidden', background: '#26324a' },
      parts.map((s) => h('div', { width: Math.round((counts[s] / total) * width), height: 18, background: STATUS_FILL[s] })),
    ),
    h(
      'div',
      { display: 'flex', marginTop: 14, fontSize: 26, color: MUTED },
      parts.map((s) =>
        h('div', { display: 'flex', alignItems: 'center', marginRight: 34 }, [
          h('div', { width: 16, height: 16, borderRadius: 4, background: STATUS_FILL[s], marginRight: 10 }),
          `${counts[s]} ${words[s]}`,
        ]),
      ),
    ),
  ]);
}

/** The satori element tree of a card (exported for tests). */
export function cardTree(card: OgCard, siteHost: string): Node {
  // Explicit sizes rather than padding on the root: satori sizes boxes without border-box.
  const inner = { width: OG_WIDTH - 144, height: OG_HEIGHT - 10 - 52 - 48 };
  return h('div', { display: 'flex', flexDirection: 'column', width: OG_WIDTH, height: OG_HEIGHT, background: BG, color: FG, fontFamily: 'Inter' }, [
    h('div', { width: OG_WIDTH, height: 10, background: ACCENT }),
    h('div', { display: 'flex', flexDirection: 'column', ...inner, marginLeft: 72, marginTop: 52 }, [
      h('div', { display: 'flex', alignItems: 'center', justifyContent: 'space-between', width: inner.width, fontSize: 30, fontWeight: 700, color: FG }, [
        h('div', { display: 'flex', alignItems: 'center' }, [logo(), h('div', { marginLeft: 16 }, 'CNI Compare')]),
        h('div', { fontSize: 24, fontWeight: 400, color: MUTED }, card.eyebrow),
      ]),
      h('div', { display: 'flex', flexDirection: 'column', marginTop: 'auto', width: inner.width }, [
        h('div', { fontSize: titleSize(card.title), fontWeight: 700, lineHeight: 1.08, letterSpacing: -1.5 }, card.title),
        h('div', { fontSize: 44, fontWeight: 700, color: ACCENT, marginTop: 20, lineHeight: 1.2 }, card.answer),
        ...(card.detail ? [h('div', { fontSize: 30, color: MUTED, marginTop: 12, lineHeight: 1.3 }, card.detail)] : []),
        ...(card.counts ? [countsBar(card.counts, inner.width)] : []),
      ]),
      h(
        'div',
        {
          display: 'flex',
          justifyContent: 'space-between',
          marginTop: 'auto',
          paddingTop: 24,
          width: inner.width,
          fontSize: 26,
          color: MUTED,
          borderTop: '1px solid #2a3652',
        },
        [h('div', {}, `Data verified ${shortDate(card.verified)} · every cell sourced`), h('div', {}, siteHost)],
      ),
    ]),
  ]);
}

export function cacheKey(card: OgCard, siteHost: string): string {
  const drawn = {
    v: RENDER_VERSION,
    siteHost,
    eyebrow: card.eyebrow,
    title: card.title,
    answer: card.answer,
    detail: card.detail,
    counts: card.counts,
    verified: card.verified,
  };
  return createHash('sha256').update(JSON.stringify(drawn)).digest('hex').slice(0, 32);
}

export function defaultCacheDir(): string {
  return process.env.OG_CACHE_DIR || join(process.cwd(), 'node_modules', '.cache', 'cni-compare-og');
}

const toArrayBuffer = (bytes: Uint8Array) => bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer;
/** One font list per OgFonts: satori caches parsed fonts by the identity of their data, so reuse it. */
const satoriFonts = new WeakMap<OgFonts, Parameters<typeof satori>[1]['fonts']>();
function fontsFor(fonts: OgFonts): Parameters<typeof satori>[1]['fonts'] {
  let list = satoriFonts.get(fonts);
  if (!list) {
    list = [
      { name: 'Inter', data: toArrayBuffer(fonts.regular), weight: 400, style: 'normal' },
      { name: 'Inter', data: toArrayBuffer(fonts.bold), weight: 700, style: 'normal' },
    ];
    satoriFonts.set(fonts, list);
  }
  return list;
}

/** The card as an SVG string (text already turned into paths). */
export async function renderCardSvg(card: OgCard, options: Pick<RenderOptions, 'fonts' | 'siteHost'>): Promise<string> {
  return satori(cardTree(card, options.siteHost) as never, { width: OG_WIDTH, height: OG_HEIGHT, fonts: fontsFor(options.fonts) });
}

const deflateAsync = promisify(deflate);

function pngChunk(type: string, data: Uint8Array): Buffer {
  const head = Buffer.alloc(8);
  head.writeUInt32BE(data.length, 0);
  head.write(type, 4, 'ascii');
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(data, crc32(head.subarray(4))) >>> 0, 0);
  return Buffer.concat([head, data, crc]);
}

/** An RGBA image as PNG (8-bit, no filtering); compression runs off the main thread. */
export async function encodePng(width: number, height: number, rgba: Uint8Array): Promise<Uint8Array> {
  const stride = width * 4;
  const raw = Buffer.alloc((stride + 1) * height);
  for (let y = 0; y < height; y++) raw.set(rgba.subarray(y * stride, (y + 1) * stride), y * (stride + 1) + 1);
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(width, 0);
  ihdr.writeUInt32BE(height, 4);
  ihdr[8] = 8; // bit depth
  ihdr[9] = 6; // RGBA
  // Level 3: a third of the CPU of level 6 for PNGs about half again as large (~47 KB a card).
  const idat = await deflateAsync(raw, { level: 3 });
  return Buffer.concat([Buffer.from([137, 80, 78, 71, 13, 10, 26, 10]), pngChunk('IHDR', ihdr), pngChunk('IDAT', idat), pngChunk('IEND', new Uint8Array())]);
}

async function draw(card: OgCard, options: RenderOptions): Promise<Uint8Array> {
  const svg = await renderCardSvg(card, options);
  const image = await renderAsync(svg, { fitTo: { mode: 'original' }, font: { loadSystemFonts: false } });
  return encodePng(image.width, image.height, image.pixels);
}

/** The card as a PNG, from the cache when its words have not changed. */
export async function renderCardPng(card: OgCard, options: RenderOptions): Promise<Uint8Array> {
  const dir = options.cacheDir === undefined ? defaultCacheDir() : options.cacheDir;
  const file = dir ? join(dir, `${cacheKey(card, options.siteHost)}.png`) : undefined;
  const cached = readCache(file);
  if (cached) return cached;
  const png = await draw(card, options);
  writeCache(dir, file, png);
  return png;
}

function readCache(file: string | undefined): Uint8Array | undefined {
  if (!file) return undefined;
  try {
    return readFileSync(file);
  } catch {
    return undefined;
  }
}

function writeCache(dir: string | false, file: string | undefined, png: Uint8Array): void {
  if (!dir || !file) return;
  try {
    mkdirSync(dir, { recursive: true });
    const tmp = `${file}.${process.pid}.tmp`;
    writeFileSync(tmp, png);
    renameSync(tmp, file);
  } catch {
    /* a read-only cache only costs time */
  }
}

/**
 * Starts drawing every card that is not cached, on `threads` worker threads, and returns the way to
 * get one card's PNG (waiting for it if it is not drawn yet). Falls back to drawing on the calling
 * thread if workers cannot start. Workers end when their queue is empty.
 */
export function drawCardsInBackground(
  cards: readonly OgCard[],
  options: RenderOptions,
  threads = Math.max(1, availableParallelism() - 1),
): (card: OgCard) => Promise<Uint8Array> {
  const dir = options.cacheDir === undefined ? defaultCacheDir() : options.cacheDir;
  const fileOf = (card: OgCard) => (dir ? join(dir, `${cacheKey(card, options.siteHost)}.png`) : undefined);
  const results = new Map<string, Promise<Uint8Array>>();
  const todo = cards.filter((card) => {
    const cached = readCache(fileOf(card));
    if (cached) results.set(card.path, Promise.resolve(cached));
    return !cached;
  });
  if (todo.length === 0) return (card) => results.get(card.path) ?? renderCardPng(card, options);
  let workers: Worker[] = [];
  try {
    const data = {
      satori: import.meta.resolve('satori'),
      resvg: import.meta.resolve('@resvg/resvg-js'),
      regular: options.fonts.regular,
      bold: options.fonts.bold,
      width: OG_WIDTH,
      height: OG_HEIGHT,
    };
    workers = Array.from(
      { length: Math.min(threads, todo.length) },
      () => new Worker(new URL(`data:text/javascript,${encodeURIComponent(WORKER_SOURCE)}`), { workerData: data }),
    );
  } catch {
    for (const w of workers) void w.terminate();
    return (card) => results.get(card.path) ?? renderCardPng(card, options);
  }
  const queue = [...todo];
  const pending = new Map<number, { card: OgCard; resolve: (png: Uint8Array) => void; reject: (error: Error) => void }>();
  let nextId = 0;
  for (const card of todo) {
    results.set(card.path, new Promise<Uint8Array>((resolve, reject) => pending.set(nextId++, { card, resolve, reject })));
  }
  const ids = new Map(todo.map((card, i) => [card.path, i]));
  const feed = (worker: Worker) => {
    const card = queue.shift();
    if (!card) {
      void worker.terminate();
      return;
    }
    worker.postMessage({ id: ids.get(card.path), tree: cardTree(card, options.siteHost) });
  };
  for (const worker of workers) {
    // Not unref'd: the build may be waiting on nothing but these; each ends when the queue is empty.
    worker.on('message', (message: { ready?: boolean; id?: number; png?: Uint8Array; error?: string }) => {
      if (message.ready) return feed(worker);
      const job = pending.get(message.id!);
      if (job) {
        pending.delete(message.id!);
        if (message.png) {
          writeCache(dir, fileOf(job.card), message.png);
          job.resolve(message.png);
        } else {
          // Draw it here instead: a failure in the worker should cost time, not the card.
          renderCardPng(job.card, { ...options, cacheDir: dir }).then(job.resolve, job.reject);
        }
      }
      feed(worker);
    });
    worker.on('error', () => {
      // The worker died: draw what it had not finished on this thread.
      for (const [id, job] of pending) {
        pending.delete(id);
        renderCardPng(job.card, { ...options, cacheDir: dir }).then(job.resolve, job.reject);
      }
      queue.length = 0;
    });
  }
  for (const p of results.values()) p.catch(() => undefined);
  return (card) => results.get(card.path) ?? renderCardPng(card, options);
}

/**
 * What the matrix's hover and focus preview shows for each cell, fetched once (`/matrix/cells.json`)
 * on the first hover or focus, so the page itself carries only statuses and qualifier labels.
 */
import type { Dataset } from './dataset.ts';
import { cellOf, cniNameOf } from './dataset.ts';
import { summarizeNote } from './note-summary.ts';

export interface CellPreview {
  /** The note's first sentence (see summarizeNote); absent when the cell has no note. */
  note?: string;
  /** The release it arrived in. */
  since?: string;
  /** The day the cell was checked. */
  verified: string;
  /** How many official sources the feature page lists for it. */
  sources: number;
  /** The plugin that actually provides it (combinations, meta-plugins). */
  provider?: string;
  /** A paid edition offers more. */
  commercial?: boolean;
}

export interface MatrixPreviewFile {
  /** Column order of `cells[feature]`. */
  cnis: string[];
  /** feature id → one preview per CNI, in `cnis` order. */
  cells: Record<string, CellPreview[]>;
}

export function matrixPreview(ds: Dataset): MatrixPreviewFile {
  const cnis = ds.cnis.map((c) => c.id);
  const cells: Record<string, CellPreview[]> = {};
  for (const f of ds.features) {
    cells[f.id] = cnis.map((cni) => {
      const cell = cellOf(ds, cni, f.id);
      const provider = cell.providedBy === 'delegate' ? 'the delegate plugin' : cniNameOf(ds, cell.providedBy);
      return {
        ...(cell.note ? { note: summarizeNote(cell.note).text.replace(/[;:,]$/, '…') } : {}),
        ...(cell.since ? { since: cell.since } : {}),
        verified: cell.verified,
        sources: cell.sources.length,
        ...(provider ? { provider } : {}),
        ...(cell.commercial ? { commercial: true } : {}),
      };
    });
  }
  return { cnis, cells };
}

/** Every rule of the data check, in the order they run. `schema` runs first: it fills each entry's typed data. */
import type { Rule } from '../context.ts';
import { schema } from './schema.ts';
import { idMatchesFileName } from './id-matches-file-name.ts';
import { uniqueIds } from './unique-ids.ts';
import { references } from './references.ts';
import { coverage } from './coverage.ts';
import { cniHasSupportFile } from './cni-has-support-file.ts';
import { datesNotInFuture } from './dates-not-in-future.ts';
import { statusFollowsQualifiers } from './status-follows-qualifiers.ts';
import { linuxOnlyNeedsWindows } from './linux-only-needs-windows.ts';
import { noSelfReference } from './no-self-reference.ts';
import { benchmarkResultsKnownConfig } from './benchmark-results-known-config.ts';
import { benchmarkValuesPlausible } from './benchmark-values-plausible.ts';
import { mdxComponents } from './mdx-components.ts';
import { outdatedClaimsShowHistory } from './outdated-claims-show-history.ts';
import { archivedCnisHaveMigration } from './archived-cnis-have-migration.ts';
import { changesExplainFacts } from './changes-explain-facts.ts';
import { unknownShare } from './unknown-share.ts';
import { releaseLinesOrdered } from './release-lines-ordered.ts';
import { platformDefaultsConsistent } from './platform-defaults-consistent.ts';
import { legacyIdsDistinct } from './legacy-ids-distinct.ts';

export const RULES: readonly Rule[] = [
  schema,
  idMatchesFileName,
  uniqueIds,
  references,
  coverage,
  cniHasSupportFile,
  datesNotInFuture,
  statusFollowsQualifiers,
  linuxOnlyNeedsWindows,
  noSelfReference,
  benchmarkResultsKnownConfig,
  benchmarkValuesPlausible,
  mdxComponents,
  outdatedClaimsShowHistory,
  archivedCnisHaveMigration,
  changesExplainFacts,
  unknownShare,
  releaseLinesOrdered,
  platformDefaultsConsistent,
  legacyIdsDistinct,
];

/** Components every article can use without importing them. */
import Status from './Status.astro';
import Note from './Note.astro';
import FeatureTable from './FeatureTable.astro';
import BenchmarkTable from './BenchmarkTable.astro';
import Claim from './Claim.astro';
import Figure from './Figure.astro';
import PlatformDefaults from './PlatformDefaults.astro';

export const mdxComponents = { Status, Note, FeatureTable, BenchmarkTable, Claim, Figure, PlatformDefaults };

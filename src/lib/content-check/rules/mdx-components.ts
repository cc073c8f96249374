import { mdxToMdast } from 'satteri';
import { MDX_COMPONENTS, type AttributeKind } from '../../../components/mdx/contract.ts';
import type { Rule, RuleContext } from '../context.ts';
import type { Entry } from '../load.ts';
import { nearest, type Problem } from '../problems.ts';

interface JsxNode {
  type: string;
  name?: string | null;
  attributes?: { type: string; name?: string; value?: unknown }[];
  position?: { start: { line: number } };
  children?: JsxNode[];
}

const SPACE_LABEL: Record<string, string> = { cnis: 'CNI', features: 'feature', claims: 'claim', benchmarks: 'benchmark source', platforms: 'platform' };

/** Reads a literal attribute value: a string, or an expression holding a literal list of strings. */
function literal(value: unknown): { text?: string; list?: string[]; bad?: string } {
  if (typeof value === 'string') return { text: value };
  const expression = (value as { value?: unknown } | null)?.value;
  if (typeof expression !== 'string') return { bad: 'an attribute without a value' };
  try {
    const parsed: unknown = JSON.parse(expression.replace(/'/g, '"').replace(/,\s*\]/, ']'));
    if (Array.isArray(parsed) && parsed.every((v) => typeof v === 'string')) return { list: parsed };
    if (typeof parsed === 'string') return { text: parsed };
  } catch {
    /* reported below */
  }
  return { bad: `the expression {${expression.slice(0, 40)}} (write a literal list such as {["a", "b"]})` };
}

function checkNode(ctx: RuleContext, entry: Entry, node: JsxNode, problems: Problem[]) {
  const line = node.position?.start.line;
  const name = node.name ?? '';
  const push = (field: string, message: string, fix: string) =>
    problems.push({ file: entry.file, line, field: `body.<${name}>${field ? `.${field}` : ''}`, message, fix });
  const contract = MDX_COMPONENTS[name];
  if (!contract) {
    if (/^[A-Z]/.test(name))
      push(
        '',
        `unknown component <${name}>`,
        `use one of ${Object.keys(MDX_COMPONENTS)
          .map((c) => `<${c}>`)
          .join(', ')}${nearest(name, Object.keys(MDX_COMPONENTS))}`,
      );
    return;
  }
  const given = new Map((node.attributes ?? []).filter((a) => a.type === 'mdxJsxAttribute' && a.name).map((a) => [a.name!, a.value]));
  const all: Record<string, AttributeKind> = { ...contract.required, ...contract.optional };
  for (const key of Object.keys(contract.required)) if (!given.has(key)) push(key, `<${name}> needs the attribute ${key}`, `add ${key}="…"`);
  for (const [key, value] of given) {
    const kind = all[key];
    if (!kind) {
      push(key, `<${name}> has no attribute "${key}"`, `use ${Object.keys(all).join(', ') || 'no attributes'}`);
      continue;
    }
    const read = literal(value);
    if (read.bad) {
      push(key, `cannot check ${read.bad}`, 'write the value literally so the check can verify it');
      continue;
    }
    if (kind === 'text' || kind === 'texts') continue;
    const space = 'id' in kind ? kind.id : kind.ids;
    const values = 'id' in kind ? [read.text ?? ''] : (read.list ?? (read.text ? [read.text] : []));
    for (const id of values) {
      if (!ctx.ids[space].has(id) && !kind.extra?.includes(id))
        push(key, `unknown ${SPACE_LABEL[space] ?? space} id "${id}"`, `use an existing id${nearest(id, ctx.ids[space])}`);
    }
  }
}

export const mdxComponents: Rule = {
  name: 'mdx-components',
  description: 'Article bodies parse as MDX; every component is known, has its attributes, and names CNIs, features, claims and sources that exist.',
  run(ctx) {
    const problems: Problem[] = [];
    for (const entry of ctx.entries.articles) {
      if (!entry.source) continue;
      let tree: JsxNode;
      try {
        tree = mdxToMdast(entry.source) as unknown as JsxNode;
      } catch (error) {
        const message = (error as Error).message;
        const line = Number(/^(\d+):\d+/.exec(message)?.[1]) || undefined;
        problems.push({
          file: entry.file,
          line,
          field: 'body',
          message: `not valid MDX: ${message.replace(/^\d+:\d+:\s*/, '')}`,
          fix: 'close every tag (<X />, or <X>…</X>) and every { expression }',
        });
        continue;
      }
      const visit = (node: JsxNode) => {
        if (node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement') checkNode(ctx, entry, node, problems);
        node.children?.forEach(visit);
      };
      visit(tree);
    }
    return problems;
  },
};

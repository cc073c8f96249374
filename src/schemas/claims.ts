/** Schema for `content/claims/<id>.yaml`: a claim made in comparison articles, checked. */
import { z } from 'astro/zod';
import { idSchema, isoDateSchema, sourceSchema } from './common.ts';

export const VERDICTS = ['accurate', 'outdated', 'misleading', 'wrong', 'unverifiable'] as const;
export type Verdict = (typeof VERDICTS)[number];
export const VERDICT_INFO: Record<Verdict, { label: string; icon: string; meaning: string }> = {
  accurate: { label: 'Accurate', icon: '✓', meaning: 'True today according to the official sources.' },
  outdated: { label: 'Outdated', icon: '↻', meaning: 'Was true once; a later release changed it.' },
  misleading: { label: 'Misleading', icon: '◐', meaning: 'Partly true, but leaves out something that changes the conclusion.' },
  wrong: { label: 'Wrong', icon: '✗', meaning: 'Contradicted by the official sources.' },
  unverifiable: { label: 'Unverifiable', icon: '?', meaning: 'No official source can confirm or refute it.' },
};

export const claimSchema = z.strictObject({
  /** Stable id; equals the file name. */
  id: idSchema,
  /** The claim in neutral words. */
  claim: z.string().min(10),
  /** Where it is commonly made: kind of source and years. */
  commonlyIn: z.string().min(5),
  verdict: z.enum(VERDICTS),
  /** What is true today, in our own words. */
  truth: z.string().min(30),
  /** The release in which the claim stopped being true, if any. */
  changedIn: z.string().optional(),
  /** CNI ids the claim concerns. */
  cnis: z.array(idSchema).min(1),
  /** Feature ids the claim concerns. */
  features: z.array(idSchema).default([]),
  sources: z.array(sourceSchema).min(1),
  verified: isoDateSchema,
});
export type Claim = z.infer<typeof claimSchema>;

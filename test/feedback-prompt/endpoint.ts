/**
 * The fake feedback endpoint of test/support/feedback-endpoint-plugin.mjs, from the browser:
 * a bucket per test, its failure mode, and what it received and stored.
 */
import type { FeedbackBody } from '../../src/feedback-prompt/queue.js';

export type Mode = 'ok' | 'drop' | 'hang' | 'cors' | 500 | 503 | 429 | 400 | 413 | 415;

export interface Received {
  hits: number;
  stored: number;
  bodies: FeedbackBody[];
  requests: {
    contentType: string | null;
    cookie: string | null;
    referer: string | null;
    origin: string | null;
  }[];
}

const RUN = Math.random().toString(36).slice(2, 8);
let serial = 0;

/** A bucket name unique to this run. */
export function bucketName(name = 'fb'): string {
  return `${RUN}-${name}-${++serial}`;
}

/** The same-origin endpoint URL of a bucket (relative, as an editor would write it). */
export function endpointUrl(bucket: string): string {
  return `/__feedback/${bucket}`;
}

let origin: Promise<string> | undefined;

/** The endpoint URL of a bucket on the second server: another origin, so CORS applies. */
export async function crossOriginUrl(bucket: string): Promise<string> {
  origin ??= fetch('/__feedback/origin').then(async (r) => ((await r.json()) as { origin: string }).origin);
  return `${await origin}/__feedback/${bucket}`;
}

/** Sets how the bucket answers from now on. */
export async function setMode(bucket: string, mode: Mode): Promise<void> {
  await fetch(`/__feedback/${bucket}/mode?set=${mode}`);
}

/** What the bucket received and stored so far. */
export async function received(bucket: string): Promise<Received> {
  return (await (await fetch(`/__feedback/${bucket}/count`)).json()) as Received;
}

/**
 * CPU profiles taken in-process with the inspector, summarised as the functions that take the time:
 * self time (where the samples land) and inclusive time of the project's own functions (what they cost
 * with everything they call). Used to explain a missed target with the profile that shows why.
 */
import { Session } from 'node:inspector/promises';

interface CallFrame {
  functionName: string;
  url: string;
  lineNumber: number;
}

interface ProfileNode {
  id: number;
  callFrame: CallFrame;
  children?: number[];
}

interface CpuProfile {
  nodes: ProfileNode[];
  samples: number[];
  timeDeltas: number[];
  startTime: number;
  endTime: number;
}

export interface ProfileLine {
  fn: string;
  ms: number;
  share: number;
}

export interface ProfileSummary {
  what: string;
  totalMs: number;
  self: ProfileLine[];
  /** Functions of src/ and commands/ with everything they call. */
  inclusive: ProfileLine[];
}

/**
 * Profiles `work` (sampling every `intervalUs` microseconds), repeating it until at least `minMs` have
 * passed so that short work still gets enough samples, and summarises the result.
 */
export async function profile(
  what: string,
  work: () => void | Promise<void>,
  intervalUs = 200,
  minMs = 1000,
): Promise<ProfileSummary> {
  const session = new Session();
  session.connect();
  try {
    await session.post('Profiler.enable');
    await session.post('Profiler.setSamplingInterval', { interval: intervalUs });
    await session.post('Profiler.start');
    const started = performance.now();
    let runs = 0;
    do {
      await work();
      runs++;
    } while (performance.now() - started < minMs);
    what = runs > 1 ? `${what}, repeated ${runs} times` : what;
    const { profile: result } = (await session.post('Profiler.stop')) as unknown as { profile: CpuProfile };
    return summarizeProfile(what, result);
  } finally {
    session.disconnect();
  }
}

function label(frame: CallFrame): string {
  const url = frame.url.replace(/^file:\/\//, '');
  const at = url.search(/\/(?:src|commands|bench|node_modules)\//);
  const file =
    at >= 0 ? url.slice(at + 1).replace(/^node_modules\//, '') : url.split('/').slice(-2).join('/');
  const name = frame.functionName || '(anonymous)';
  return file ? `${name} (${file})` : name;
}

/** The profiler's own frames (the inspector dispatching Profiler.stop) and idle time are not the work. */
function isOverhead(frame: CallFrame): boolean {
  return (
    (frame.functionName === 'dispatch' && !frame.url.includes('/src/')) || frame.functionName === '(idle)'
  );
}

function isProject(frame: CallFrame): boolean {
  return /\/(?:src|commands)\/[^/]+/.test(frame.url) && !frame.url.includes('node_modules');
}

export function summarizeProfile(what: string, p: CpuProfile, top = 12): ProfileSummary {
  const byId = new Map(p.nodes.map((n) => [n.id, n]));
  const selfUs = new Map<number, number>();
  p.samples.forEach((id, i) => {
    if (isOverhead(byId.get(id)!.callFrame)) return;
    selfUs.set(id, (selfUs.get(id) ?? 0) + (p.timeDeltas[i] ?? 0));
  });
  const totalUs = [...selfUs.values()].reduce((a, b) => a + b, 0);

  const self = new Map<string, number>();
  for (const node of p.nodes) {
    const us = selfUs.get(node.id) ?? 0;
    if (us > 0) self.set(label(node.callFrame), (self.get(label(node.callFrame)) ?? 0) + us);
  }

  // Inclusive time per function, counting a recursive function once per stack.
  const inclusive = new Map<string, number>();
  const onStack = new Map<string, number>();
  const subtree = new Map<number, number>();
  const visit = (id: number): number => {
    const node = byId.get(id)!;
    let sum = selfUs.get(id) ?? 0;
    const key = label(node.callFrame);
    const project = isProject(node.callFrame);
    if (project) onStack.set(key, (onStack.get(key) ?? 0) + 1);
    for (const child of node.children ?? []) sum += visit(child);
    if (project) {
      const depth = onStack.get(key)! - 1;
      onStack.set(key, depth);
      if (depth === 0) inclusive.set(key, (inclusive.get(key) ?? 0) + sum);
    }
    subtree.set(id, sum);
    return sum;
  };
  const root = p.nodes[0];
  if (root) visit(root.id);

  const lines = (map: Map<string, number>) =>
    [...map]
      .sort((a, b) => b[1] - a[1])
      .slice(0, top)
      .map(([fn, us]) => ({ fn, ms: us / 1000, share: totalUs > 0 ? us / totalUs : 0 }));
  return { what, totalMs: totalUs / 1000, self: lines(self), inclusive: lines(inclusive) };
}

export function formatProfile(s: ProfileSummary, rows = 8): string {
  const out = [`Profile: ${s.what} (${s.totalMs.toFixed(0)} ms sampled)`, '  self time:'];
  for (const l of s.self.slice(0, rows))
    out.push(`    ${l.ms.toFixed(1).padStart(9)} ms ${(l.share * 100).toFixed(1).padStart(5)}%  ${l.fn}`);
  out.push('  inclusive, project functions:');
  for (const l of s.inclusive.slice(0, rows))
    out.push(`    ${l.ms.toFixed(1).padStart(9)} ms ${(l.share * 100).toFixed(1).padStart(5)}%  ${l.fn}`);
  return out.join('\n');
}

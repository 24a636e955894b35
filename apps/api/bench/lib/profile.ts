// Summary of a V8 .cpuprofile (from the probe, or `node --cpu-prof`): self time by function and by
// package/area, as shares of the non-idle samples.
import { readFileSync } from 'node:fs';

interface CpuProfile {
  nodes: Array<{
    id: number;
    callFrame: { functionName: string; url: string; lineNumber: number };
    hitCount?: number;
    children?: number[];
  }>;
  samples: number[];
  timeDeltas: number[];
}

export interface ProfileSummary {
  file: string;
  busyMs: number;
  idlePct: number;
  functions: Array<{ name: string; pct: number }>;
  areas: Array<{ name: string; pct: number }>;
}

/** `node_modules/.pnpm/…/node_modules/@mikro-orm/core/x.js` → `@mikro-orm/core`; `src/modules/grants/…` → `src/modules/grants`. */
export function areaOf(url: string, fn: string): string {
  if (!url) return fn.startsWith('(') ? fn : '(native)';
  const nm = url.lastIndexOf('/node_modules/');
  if (nm >= 0) {
    const rest = url.slice(nm + 14).split('/');
    return rest[0]!.startsWith('@') ? `${rest[0]}/${rest[1]}` : rest[0]!;
  }
  if (url.startsWith('node:')) return url.split('/')[0]!.replace(/^node:internal.*/, 'node:internal');
  const src = url.indexOf('/apps/api/src/');
  if (src >= 0)
    return `src/${url
      .slice(src + 14)
      .split('/')
      .slice(0, 2)
      .join('/')
      .replace(/\.ts$/, '')}`;
  return url
    .replace(/^file:\/\//, '')
    .split('/')
    .slice(-2)
    .join('/');
}

export function summariseProfile(file: string, top = 12): ProfileSummary {
  const p = JSON.parse(readFileSync(file, 'utf8')) as CpuProfile;
  const byId = new Map(p.nodes.map((n) => [n.id, n]));
  const parent = new Map<number, number>();
  for (const n of p.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  // Native frames (socket writes, JSON, crypto) are charged to the nearest caller outside Node's own
  // streams/net code, so "writeBuffer" reads as "writeBuffer ← pg/lib/connection.js".
  const caller = (id: number): { url: string; line: number } | null => {
    for (let cur = parent.get(id); cur !== undefined; cur = parent.get(cur)) {
      const f = byId.get(cur)!.callFrame;
      if (f.url && !f.url.startsWith('node:')) return { url: f.url, line: f.lineNumber };
    }
    return null;
  };
  // The profiler's own work (serialising the profile at Profiler.stop) is not the workload's.
  const isProfiler = (id: number): boolean => {
    for (let cur: number | undefined = id; cur !== undefined; cur = parent.get(cur)) {
      if (byId.get(cur)!.callFrame.url === 'node:inspector') return true;
    }
    return false;
  };
  const self = new Map<number, number>();
  for (let i = 0; i < p.samples.length; i++) {
    const id = p.samples[i]!;
    self.set(id, (self.get(id) ?? 0) + (p.timeDeltas[i] ?? 0) / 1000);
  }
  const at = (u: string, l: number) =>
    `${u
      .replace(/^file:\/\//, '')
      .split('/')
      .slice(-2)
      .join('/')}:${l + 1}`;
  let idle = 0;
  let busy = 0;
  const fns = new Map<string, number>();
  const areas = new Map<string, number>();
  for (const [id, ms] of self) {
    const { functionName, url, lineNumber } = byId.get(id)!.callFrame;
    if (functionName === '(idle)') {
      idle += ms;
      continue;
    }
    if (isProfiler(id)) continue;
    busy += ms;
    const native = !url && !functionName.startsWith('(') ? caller(id) : null;
    const where = url ? at(url, lineNumber) : native ? `← ${at(native.url, native.line)}` : '';
    const name = `${functionName || '(anonymous)'} ${where}`.trim();
    fns.set(name, (fns.get(name) ?? 0) + ms);
    const area = native ? `${areaOf(native.url, '')} (native)` : areaOf(url, functionName);
    areas.set(area, (areas.get(area) ?? 0) + ms);
  }
  const rank = (m: Map<string, number>) =>
    [...m]
      .sort((a, b) => b[1] - a[1])
      .slice(0, top)
      .map(([name, ms]) => ({ name, pct: (100 * ms) / Math.max(busy, 1e-9) }));
  return {
    file,
    busyMs: busy,
    idlePct: (100 * idle) / Math.max(idle + busy, 1e-9),
    functions: rank(fns),
    areas: rank(areas),
  };
}

export function formatProfile(s: ProfileSummary): string {
  const pct = (x: { name: string; pct: number }) => `${x.pct.toFixed(1)} % ${x.name}`;
  return [
    `CPU profile ${s.file.split('/').slice(-2).join('/')}: busy ${s.busyMs.toFixed(0)} ms, idle ${s.idlePct.toFixed(0)} %`,
    `  self time by area: ${s.areas.slice(0, 8).map(pct).join('; ')}`,
    `  top functions: ${s.functions.slice(0, 8).map(pct).join('; ')}`,
  ].join('\n');
}

// The grant list behind "Acessos concedidos" and "Acessos recebidos": the rows the server loaded, kept
// current by accessGrantChanged (src/lib/live.ts), re-read after a reconnect or when the tab becomes
// visible again, and paged with "Mostrar mais".
import type {
  AccessGrantConnectionFieldsFragment as GrantPage,
  AccessGrantFieldsFragment as Grant,
  AccessGrantViewerRole,
} from './graphql/generated/graphql.ts';

/** Reads one page of the list (`undefined` when the call failed: the rows shown stay as they are). */
export type GrantPageReader = (variables: {
  first: number;
  after?: string;
}) => Promise<GrantPage | undefined>;

const PAGE_SIZE = 50;
const FLASH_MS = 6000;

/** The page's rows that are not shown yet (a row that moved between pages comes only once). */
function notShown(page: GrantPage, shown: Grant[]): Grant[] {
  const seen = new Set(shown.map((g) => g.id));
  return page.edges.map((e) => e.node).filter((g) => !seen.has(g.id));
}

export class GrantList {
  grants = $state<Grant[]>([]);
  total = $state(0);
  pageInfo = $state<GrantPage['pageInfo']>({ hasNextPage: false, endCursor: null });
  /** Rows changed since the page opened, highlighted for a few seconds. */
  changed = $state<Record<string, boolean>>({});

  readonly #role: AccessGrantViewerRole;
  readonly #read: GrantPageReader;

  /** `role`: the viewer's side of the grants listed; live events for the other side are ignored. */
  constructor(first: GrantPage, role: AccessGrantViewerRole, read: GrantPageReader) {
    this.#role = role;
    this.#read = read;
    this.#show(first);
  }

  #show(page: GrantPage): void {
    this.grants = page.edges.map((e) => e.node);
    this.total = page.totalCount;
    this.pageInfo = page.pageInfo;
  }

  /** Replaces the row with the same id, or puts a new one first; `flash` highlights it. */
  upsert(grant: Grant, flash = true): void {
    const i = this.grants.findIndex((g) => g.id === grant.id);
    if (i >= 0) this.grants[i] = grant;
    else {
      this.grants = [grant, ...this.grants];
      this.total += 1;
    }
    if (flash) {
      this.changed[grant.id] = true;
      setTimeout(() => delete this.changed[grant.id], FLASH_MS);
    }
  }

  /** Re-reads at least as many rows as are shown. */
  async refresh(): Promise<void> {
    const page = await this.#read({ first: Math.max(PAGE_SIZE, this.grants.length) });
    if (page) this.#show(page);
  }

  async loadMore(): Promise<void> {
    if (!this.pageInfo.endCursor) return;
    const page = await this.#read({ first: PAGE_SIZE, after: this.pageInfo.endCursor });
    if (page) {
      this.grants = [...this.grants, ...notShown(page, this.grants)];
      this.pageInfo = page.pageInfo;
    }
  }

  /**
   * Follows live changes while the page is open; call from `onMount` and return what it returns.
   * The subscription's code is loaded only here, so pages without live rows do not ship it.
   */
  follow(): () => void {
    let stop: (() => void) | undefined;
    let cancelled = false;
    void import('./live.ts').then(({ onGrantChanged }) => {
      if (cancelled) return;
      stop = onGrantChanged(
        (event) => {
          if (event.grant?.viewerRole === this.#role) this.upsert(event.grant);
          else if (!event.grant) void this.refresh();
        },
        () => void this.refresh(),
      );
    });
    // Another tab may have changed things while this one was hidden.
    const onVisible = () => document.visibilityState === 'visible' && void this.refresh();
    document.addEventListener('visibilitychange', onVisible);
    return () => {
      cancelled = true;
      stop?.();
      document.removeEventListener('visibilitychange', onVisible);
    };
  }
}

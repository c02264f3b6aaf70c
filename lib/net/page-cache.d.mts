import type { IncomingMessage, ServerResponse } from "node:http";

export const PAGE_CACHE_MARK: string;
export const COOKIES_THAT_DO_NOT_CHANGE_A_PAGE: Set<string>;
/** What cacheKeyOf reads of an IncomingMessage. */
export type RequestLike = {
  method?: string;
  url?: string;
  headers: Record<string, string | string[] | undefined>;
};
export function cacheKeyOf(request: RequestLike): string | null;
export type PageCache = {
  readonly size: number;
  serve(request: IncomingMessage, response: ServerResponse): boolean;
  capture(request: IncomingMessage, response: ServerResponse): void;
};
export function createPageCache(options: {
  ttlMs: number;
  maxEntries?: number;
  now?: () => number;
}): PageCache;

import type { IncomingHttpHeaders } from "node:http";

export type Trust = (address: string, index: number) => boolean;
/** What the functions read of an IncomingMessage. */
export type RequestLike = { headers: IncomingHttpHeaders; socket: { remoteAddress?: string | undefined } };

export function compileTrustedProxies(value: string | undefined): Trust;
export function clientAddressOf(request: RequestLike, trust: Trust): string;
export function rewriteForwardedHeaders(request: RequestLike, trust: Trust): string;

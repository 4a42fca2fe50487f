// Types of policy.mjs, for next.config.ts and the site's TypeScript tests.
export declare const ALLOWED_METHODS: readonly string[];
export declare const MAX_TARGET_LENGTH: number;
export declare const PAGE_CACHE_CONTROL: string;
export declare const IMMUTABLE_CACHE_CONTROL: string;
export declare const NOT_FOUND_CACHE_CONTROL: string;
export declare const NO_STORE: string;
export declare const PERMISSIONS_POLICY: string;
export declare function contentSecurityPolicy(options?: {
  scriptHashes?: readonly string[] | null;
  development?: boolean;
}): string;
export declare function hstsValue(setting: string | undefined, production: boolean): string | null;
export declare function securityHeaders(options?: {
  csp?: string;
  hsts?: string | null;
}): Record<string, string>;
export declare function inlineScriptHashes(html: string): string[];
export type Decision =
  | { kind: "serve"; target: string }
  | { kind: "options"; allow: string }
  | { kind: "refuse"; status: number; message: string; allow?: string };
export declare function decide(method: string | undefined, url: string | undefined): Decision;
export declare function siteLocation(location: string): string;
export declare function cacheControl(status: number, path: string, options: { urlOnly: boolean }): string;
export declare function isFrameable(target: string): boolean;
export declare function allowFraming(headers: Record<string, string>): Record<string, string>;

export declare const START: string;
export declare const END: string;
export declare function editionsBlock(core: Record<string, unknown>): string;
export declare function withBlock(readme: string, block: string): string;

declare module '@vercel/ncc' {
  interface NccOptions {
    cache?: boolean | string;
    minify?: boolean;
    sourceMap?: boolean;
    quiet?: boolean;
    target?: string;
    license?: string;
    externals?: string[];
  }
  interface NccOutput {
    code: string;
    assets: Record<string, { source: string | Buffer; permissions?: number }>;
  }
  export default function ncc(entry: string, options?: NccOptions): Promise<NccOutput>;
}

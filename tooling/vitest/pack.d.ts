export declare const catalogVersion: (repoRoot: string, name: string) => string;
export declare const cleanEnv: () => Record<string, string | undefined>;
export declare const run: (cmd: string, args: string[], cwd: string) => string;
export interface Consumer {
  readonly scratch: string;
  readonly tarballs: Readonly<Record<string, string>>;
  run(cmd: string, args: string[]): string;
  remove(): void;
}
export declare const packAndInstall: (options: {
  prefix: string;
  packages: Readonly<Record<string, string>>;
  dependencies?: Readonly<Record<string, string>>;
  devDependencies?: Readonly<Record<string, string>>;
}) => Consumer;
export declare const markedExamples: (markdownPath: string, marker: string) => Array<{ code: string; output: string }>;
export declare const UNREACHABLE: string;
export declare const satisfies: (version: string, range: string) => boolean;
export declare const pack: (dir: string, destination: string) => string;
export declare const installOffline: (
  project: string,
  options: { tarballs?: Readonly<Record<string, string>>; dependencies?: Readonly<Record<string, string>>; searchDirs?: readonly string[] },
) => void;

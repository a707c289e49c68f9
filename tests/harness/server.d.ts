export interface StaticServer {
  url: string;
  setRoot(dir: string): void;
  close(): Promise<void>;
}
/** Serves `root` on 127.0.0.1 (port 0 picks a free one). */
export function startServer(options: { root: string; port?: number; host?: string }): Promise<StaticServer>;

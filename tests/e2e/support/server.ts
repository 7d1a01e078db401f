/**
 * A tiny static file server for the built test page. The page is served over
 * http (not file://) so it behaves like any web origin: storage, fonts, fetch.
 */
import { createServer, type Server } from "node:http";
import { readFile } from "node:fs/promises";
import { extname, join, normalize } from "node:path";

const TYPES: Record<string, string> = {
	".html": "text/html; charset=utf-8",
	".js": "text/javascript; charset=utf-8",
	".css": "text/css; charset=utf-8",
	".map": "application/json",
	".png": "image/png",
	".svg": "image/svg+xml",
};

export interface StaticServer {
	url: string;
	close(): Promise<void>;
}

/** Serves `root` on 127.0.0.1 at a free port. */
export async function serveStatic(root: string): Promise<StaticServer> {
	const server: Server = createServer((req, res) => {
		const path = decodeURIComponent(new URL(req.url ?? "/", "http://localhost").pathname);
		const rel = normalize(path === "/" ? "/index.html" : path).replace(/^([/\\])+/, "");
		if (rel.startsWith("..")) {
			res.writeHead(403).end();
			return;
		}
		readFile(join(root, rel)).then(
			(body) => {
				res.writeHead(200, { "content-type": TYPES[extname(rel)] ?? "application/octet-stream", "cache-control": "no-store" });
				res.end(body);
			},
			() => res.writeHead(404).end("not found"),
		);
	});
	await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
	const address = server.address();
	if (address === null || typeof address === "string") throw new Error("static server has no port");
	return {
		url: `http://127.0.0.1:${address.port}/`,
		close: () => new Promise((resolve) => server.close(() => resolve())),
	};
}

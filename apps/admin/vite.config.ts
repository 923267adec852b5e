import { defaultClientConditions, defineConfig } from "vite";
import solid from "vite-plugin-solid";

export default defineConfig({
  plugins: [solid()],
  resolve: { conditions: ["@ctip-vn/source", ...defaultClientConditions] },
  build: { target: "es2022", sourcemap: true },
  server: { proxy: { "/health": "http://127.0.0.1:8787", "/api": "http://127.0.0.1:8787" } },
});

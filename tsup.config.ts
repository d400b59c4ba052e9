import { defineConfig } from "tsup";

export default defineConfig({
  entry: {
    index: "src/index.ts",
    data: "src/data/index.ts",
    schema: "src/schema/index.ts",
    charts: "src/charts/index.ts",
  },
  format: ["esm", "cjs"],
  dts: true,
  clean: true,
  splitting: true,
  treeshake: true,
  target: "es2022",
  outDir: "dist",
});

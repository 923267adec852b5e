/** The interactive API docs page (Swagger UI reading /openapi.json). */
export const docsPage = (assets: string): string => `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8" />
<meta name="viewport" content="width=device-width, initial-scale=1" />
<title>ctip-vn API</title>
<link rel="stylesheet" href="${assets}/swagger-ui.css" />
</head>
<body>
<main id="swagger-ui"><h1>ctip-vn API</h1><p>The machine-readable description is at <a href="/openapi.json">/openapi.json</a>.</p></main>
<script src="${assets}/swagger-ui-bundle.js"></script>
<script src="/docs/init.js"></script>
</body>
</html>`;

export const docsInit = `window.addEventListener("load", function () {
  if (window.SwaggerUIBundle) window.SwaggerUIBundle({ url: "/openapi.json", dom_id: "#swagger-ui", deepLinking: true, persistAuthorization: true });
});`;

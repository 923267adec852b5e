import { render } from "solid-js/web";
import { App } from "./app.js";

const root = document.getElementById("root");
if (root !== null) render(() => <App />, root);

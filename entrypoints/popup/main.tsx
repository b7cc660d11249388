import { render } from "preact"; render(<p>Sidelight</p>, document.getElementById("app")!);

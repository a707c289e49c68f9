import { l as e } from './shell-DICWaD9d.js';
var t = e(!1);
export { t };

/** The only Chart.js parts the site draws with, registered once: keeps the chunk tree-shaken. */
import { BarController, BarElement, CategoryScale, Chart, LinearScale, Tooltip } from 'chart.js';

Chart.register(BarController, BarElement, CategoryScale, LinearScale, Tooltip);
export { Chart };

// A thin custom element around Apache ECharts: the server sets `option` (ECharts option
// JSON as a string); a click on a data item is sent back as a `chart-click` event so that
// views can drill down to the claims behind it.
import * as echarts from 'echarts';

class ArdeskEChart extends HTMLElement {
  constructor() {
    super();
    this._option = null;
    this._chart = null;
  }

  connectedCallback() {
    if (!this.style.display) {
      this.style.display = 'block';
    }
    this._chart = echarts.init(this, null, { renderer: 'svg' });
    this._chart.on('click', (params) => {
      this.dispatchEvent(new CustomEvent('chart-click', {
        detail: {
          name: params.name == null ? '' : String(params.name),
          seriesName: params.seriesName == null ? '' : String(params.seriesName),
          dataIndex: params.dataIndex == null ? -1 : params.dataIndex,
        },
      }));
    });
    this._resize = new ResizeObserver(() => this._chart && this._chart.resize());
    this._resize.observe(this);
    this._render();
  }

  disconnectedCallback() {
    if (this._resize) {
      this._resize.disconnect();
    }
    if (this._chart) {
      this._chart.dispose();
      this._chart = null;
    }
  }

  set option(value) {
    this._option = value;
    this._render();
  }

  get option() {
    return this._option;
  }

  _render() {
    if (!this._chart || !this._option) {
      return;
    }
    const option = typeof this._option === 'string' ? JSON.parse(this._option) : this._option;
    this._chart.setOption(option, true);
    this.setAttribute('rendered', '');
  }
}

customElements.define('ardesk-echart', ArdeskEChart);

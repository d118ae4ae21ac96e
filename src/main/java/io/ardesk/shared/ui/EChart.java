package io.ardesk.shared.ui;

import java.util.Map;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.ComponentEvent;
import com.vaadin.flow.component.ComponentEventListener;
import com.vaadin.flow.component.DomEvent;
import com.vaadin.flow.component.EventData;
import com.vaadin.flow.component.HasSize;
import com.vaadin.flow.component.Tag;
import com.vaadin.flow.component.dependency.JsModule;
import com.vaadin.flow.component.dependency.NpmPackage;
import com.vaadin.flow.shared.Registration;
import tools.jackson.databind.json.JsonMapper;

/**
 * A chart drawn by Apache ECharts (Apache License 2.0) in the browser, from an ECharts
 * option built on the server as plain maps and lists. Clicking a bar, slice or point
 * fires a {@link ItemClickEvent} with the item's name, for drill-downs.
 */
@Tag("ardesk-echart")
@NpmPackage(value = "echarts", version = "6.1.0")
@JsModule("./echart/ardesk-echart.js")
public class EChart extends Component implements HasSize {

	private static final JsonMapper json = JsonMapper.builder().build();

	public EChart() {
		setWidthFull();
		setHeight("280px");
	}

	/**
	 * Draws the chart: an ECharts option (see echarts.apache.org/en/option.html) as maps,
	 * lists, strings and numbers.
	 */
	public void setOption(Map<String, ?> option) {
		getElement().setProperty("option", json.writeValueAsString(option));
	}

	public Registration addItemClickListener(ComponentEventListener<ItemClickEvent> listener) {
		return addListener(ItemClickEvent.class, listener);
	}

	/** A click on a data item: its category or slice name and its series. */
	@DomEvent("chart-click")
	public static class ItemClickEvent extends ComponentEvent<EChart> {

		private final String name;

		private final String seriesName;

		private final int dataIndex;

		public ItemClickEvent(EChart source, boolean fromClient, @EventData("event.detail.name") String name,
				@EventData("event.detail.seriesName") String seriesName,
				@EventData("event.detail.dataIndex") int dataIndex) {
			super(source, fromClient);
			this.name = name;
			this.seriesName = seriesName;
			this.dataIndex = dataIndex;
		}

		public String name() {
			return this.name;
		}

		public String seriesName() {
			return this.seriesName;
		}

		public int dataIndex() {
			return this.dataIndex;
		}

	}

}

package io.ardesk.dashboards.internal;

import io.ardesk.dashboards.ServiceLevels;
import io.ardesk.security.ReadsClient;
import io.ardesk.tenancy.ClientId;

import org.springframework.stereotype.Service;

/**
 * A client's service levels today against its targets, as the dashboard read model holds
 * them ({@link SlaCalculation} computes them).
 */
@Service
class ServiceLevelService implements ServiceLevels {

	private final DashboardReadModel readModel;

	ServiceLevelService(DashboardReadModel readModel) {
		this.readModel = readModel;
	}

	@Override
	@ReadsClient
	public SlaPanel panel(ClientId client) {
		return this.readModel.current(client).sla();
	}

}

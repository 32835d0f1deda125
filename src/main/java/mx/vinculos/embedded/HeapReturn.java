package mx.vinculos.embedded;

import java.lang.management.ManagementFactory;
import java.util.Map;

import com.sun.management.HotSpotDiagnosticMXBean;
import com.sun.management.VMOption;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Gives heap back to the system after a burst. With the JVM's default heap (a quarter of the
 * machine's memory) one expensive query can grow the committed heap by gigabytes, and G1
 * keeps it. These are "manageable" G1 settings, changed at run time and only when the
 * command line left them at their defaults: a periodic collection every 15 s when idle, and
 * at most 30 % of the heap kept free after it.
 */
@Component
class HeapReturn {

	private static final Logger log = LoggerFactory.getLogger(HeapReturn.class);

	private static final Map<String, String> SETTINGS = Map.of("G1PeriodicGCInterval", "15000", "MinHeapFreeRatio",
			"10", "MaxHeapFreeRatio", "30");

	@EventListener(ApplicationReadyEvent.class)
	void tune() {
		try {
			HotSpotDiagnosticMXBean hotspot = ManagementFactory.getPlatformMXBean(HotSpotDiagnosticMXBean.class);
			if (hotspot == null || !"true".equals(hotspot.getVMOption("UseG1GC").getValue())) {
				return;
			}
			// lower the minimum first: the JVM refuses a maximum below the current minimum
			for (String name : new String[] { "MinHeapFreeRatio", "MaxHeapFreeRatio", "G1PeriodicGCInterval" }) {
				VMOption option = hotspot.getVMOption(name);
				if (option.getOrigin() == VMOption.Origin.DEFAULT || option.getOrigin() == VMOption.Origin.ERGONOMIC) {
					hotspot.setVMOption(name, SETTINGS.get(name));
				}
			}
			log.debug("G1 returns unused heap: {}", SETTINGS);
		}
		catch (RuntimeException ex) {
			log.debug("G1 settings left as they were", ex);
		}
	}

}

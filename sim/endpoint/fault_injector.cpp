#include "sim/endpoint/fault_injector.h"

namespace omt::sim {

FaultInjector::FaultInjector(FaultConfig config)
    : m_config(config), m_random(config.seed), m_refuse(config.refuseNextAssociation) {}

double FaultInjector::uniform() {
    // 53 random bits scaled to [0, 1): independent of the standard library's distributions.
    return static_cast<double>(m_random() >> 11) * 0x1.0p-53;
}

Bytes FaultInjector::apply(FaultDirection direction, ByteView bytes) {
    (void)direction;  // the same line faults both ways; the generator keeps them apart in time
    if (m_config.dropProbability <= 0.0 && m_config.corruptProbability <= 0.0) {
        return Bytes(bytes.begin(), bytes.end());
    }
    Bytes out;
    out.reserve(bytes.size());
    for (std::uint8_t byte : bytes) {
        if (m_config.dropProbability > 0.0 && uniform() < m_config.dropProbability) {
            ++m_dropped;
            continue;
        }
        if (m_config.corruptProbability > 0.0 && uniform() < m_config.corruptProbability) {
            byte ^= static_cast<std::uint8_t>(1U << (m_random() % 8));
            ++m_corrupted;
        }
        out.push_back(byte);
    }
    return out;
}

std::size_t FaultInjector::admit(std::size_t count) {
    if (!m_config.dropLineAfter) {
        return count;
    }
    if (m_dropDue) {
        return 0;
    }
    const std::size_t room = *m_config.dropLineAfter - m_received;
    const std::size_t admitted = count < room ? count : room;
    m_received += admitted;
    if (m_received >= *m_config.dropLineAfter) {
        m_dropDue = true;
    }
    return admitted;
}

void FaultInjector::rearm() {
    m_received = 0;
    m_dropDue = false;
}

bool FaultInjector::takeRefusal() {
    const bool refuse = m_refuse;
    m_refuse = false;
    return refuse;
}

}  // namespace omt::sim

#include "link/echo_suppressor.h"

#include <algorithm>

namespace omt::link {

void EchoSuppressor::noteWritten(const QByteArray& data, Clock::time_point now) {
    if (data.isEmpty()) {
        return;
    }
    if (!m_pending.isEmpty() && now > m_deadline) {
        // Overdue echo that never completed: nothing more of it is expected. Held bytes (a
        // partial match) stay held in front of the new echo, to be released by the next
        // mismatch or expiry.
        m_pending = m_pending.left(m_matched);
    }
    m_pending.append(data);
    const auto start = std::max(m_transmitEnd, now);
    m_transmitEnd = start + m_charTime * data.size();
    m_deadline = m_transmitEnd + m_window;
}

QByteArray EchoSuppressor::filter(const QByteArray& received, Clock::time_point now) {
    QByteArray out = releaseExpired(now);
    qsizetype i = 0;
    while (i < received.size() && m_matched < m_pending.size() &&
           received[i] == m_pending[m_matched]) {
        ++i;
        ++m_matched;
    }
    if (!m_pending.isEmpty() && m_matched == m_pending.size()) {
        reset();  // the whole echo arrived: drop it
    } else if (i < received.size()) {
        // A byte that is not the echo: what was held was data after all.
        out += m_pending.left(m_matched);
        reset();
    }
    out += received.mid(i);
    return out;
}

QByteArray EchoSuppressor::releaseExpired(Clock::time_point now) {
    if (m_pending.isEmpty() || now <= m_deadline) {
        return {};
    }
    QByteArray held = m_pending.left(m_matched);
    reset();
    return held;
}

void EchoSuppressor::reset() {
    m_pending.clear();
    m_matched = 0;
}

}  // namespace omt::link

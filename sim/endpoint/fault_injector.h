#pragma once
// Deterministic line faults for the virtual meters: bytes dropped or corrupted with a
// probability, answers held back (a stalling meter), the line dropped after a number of bytes,
// and the next association refused. Pure C++; the same seed gives the same faults.
//
//   FaultConfig faults;
//   faults.seed = 7;
//   faults.corruptProbability = 0.01;           // about one byte in a hundred gets a bit flipped
//   FaultInjector injector(faults);
//   Bytes arrived = injector.apply(FaultDirection::Received, bytesFromLine);

#include <chrono>
#include <cstddef>
#include <cstdint>
#include <optional>
#include <random>

#include "protocol/common/bytes.h"

namespace omt::sim {

struct FaultConfig {
    std::uint64_t seed = 1;
    double dropProbability = 0.0;     ///< per byte, both directions: the byte is lost
    double corruptProbability = 0.0;  ///< per byte, both directions: one bit is flipped
    /// Every answer is held back this long before it goes on the line (0: none).
    std::chrono::milliseconds stall{0};
    /// The line is dropped once this many bytes have been received (bytes after it are lost).
    std::optional<std::size_t> dropLineAfter;
    /// The next AARQ is answered with an AARE rejected-transient (once).
    bool refuseNextAssociation = false;

    /// True when any fault is configured.
    bool any() const {
        return dropProbability > 0.0 || corruptProbability > 0.0 || stall.count() > 0 ||
               dropLineAfter.has_value() || refuseNextAssociation;
    }
};

enum class FaultDirection { Received, Sent };

class FaultInjector {
public:
    explicit FaultInjector(FaultConfig config);

    /// The bytes as they arrive after the line's faults: some dropped, some with a bit flipped.
    /// Without drop and corrupt probabilities the input is returned unchanged.
    Bytes apply(FaultDirection direction, ByteView bytes);

    /// Counts `count` received bytes against dropLineAfter; returns how many of them still
    /// reach the meter (all when no limit is set). Once the limit is reached lineDropDue() is
    /// true until the next rearm().
    std::size_t admit(std::size_t count);
    bool lineDropDue() const { return m_dropDue; }
    /// A new connection: the dropLineAfter count starts again from zero.
    void rearm();

    /// True once when refuseNextAssociation is set (the caller refuses that AARQ).
    bool takeRefusal();
    /// Sets the refusal flag again (e.g. from a control command).
    void refuseNextAssociation() { m_refuse = true; }

    const FaultConfig& config() const { return m_config; }
    std::size_t droppedBytes() const { return m_dropped; }
    std::size_t corruptedBytes() const { return m_corrupted; }

private:
    /// Uniform in [0, 1) from the generator, the same on every platform.
    double uniform();

    FaultConfig m_config;
    std::mt19937_64 m_random;
    std::size_t m_received = 0;
    bool m_dropDue = false;
    bool m_refuse = false;
    std::size_t m_dropped = 0;
    std::size_t m_corrupted = 0;
};

}  // namespace omt::sim

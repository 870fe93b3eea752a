#pragma once
// Removes the echo of a half-duplex optical head: many heads hear their own infrared
// transmission, so every byte written comes back before the meter's answer.
//
//   EchoSuppressor echo;
//   echo.setCharacterTime(settings.characterTime());
//   echo.noteWritten("/?!\r\n", now);              // what we just sent
//   QByteArray fromMeter = echo.filter(received, now);   // "/?!\r\n/KAM5..." -> "/KAM5..."
//
// Received bytes are held back while they equal, in order, the bytes expected as echo and the
// echo is due: until the written bytes have had time to cross the line (character time each,
// after earlier writes) plus a window. When the whole expected echo has arrived, the held bytes
// are dropped. When a byte differs (a head that does not echo, and a meter whose answer starts
// like the request: "/?!" and "/KAM"), the held bytes are released in front of it, and so are
// they when the echo is overdue. Pure logic, no I/O; the caller supplies the time and calls
// releaseExpired() at deadline() when bytes are held.

#include <QByteArray>
#include <chrono>

namespace omt::link {

class EchoSuppressor {
public:
    using Clock = std::chrono::steady_clock;

    /// How long after its transmission an echo is still accepted by default.
    static constexpr std::chrono::milliseconds kDefaultWindow{200};

    explicit EchoSuppressor(std::chrono::milliseconds window = kDefaultWindow) : m_window(window) {}

    /// Sets the grace period after transmission within which the echo must arrive.
    void setWindow(std::chrono::milliseconds window) { m_window = window; }
    /// Sets the line time of one character (LineSettings::characterTime()); 0 by default.
    void setCharacterTime(std::chrono::microseconds perCharacter) { m_charTime = perCharacter; }

    /// Records bytes just handed to the line at `now`; their echo is expected next.
    void noteWritten(const QByteArray& data, Clock::time_point now);

    /// Returns the bytes of `received` that are not echo, after any held bytes released.
    ///   filter("AB" + "xyz") after noteWritten("AB") gives "xyz";
    ///   filter("A") gives "" (held), then filter("x") gives "Ax".
    QByteArray filter(const QByteArray& received, Clock::time_point now);

    /// Held bytes once the echo is overdue at `now`, else nothing.
    QByteArray releaseExpired(Clock::time_point now);

    /// Received bytes held back as a possible echo.
    qsizetype heldBytes() const { return m_matched; }
    /// When the expected echo is overdue.
    Clock::time_point deadline() const { return m_deadline; }

    /// Number of written bytes whose echo is still expected (0 after expiry or a mismatch).
    qsizetype pendingEcho() const { return m_pending.size() - m_matched; }

    /// Forgets all expected echo and held bytes (on open, close).
    void reset();

private:
    QByteArray m_pending;
    qsizetype m_matched = 0;
    Clock::time_point m_transmitEnd{};
    Clock::time_point m_deadline{};
    std::chrono::milliseconds m_window;
    std::chrono::microseconds m_charTime{0};
};

}  // namespace omt::link

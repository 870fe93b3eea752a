#include "meter/write_risk.h"

namespace omt::meter {

std::optional<std::string> actionWarning(std::uint16_t classId, std::int8_t method) {
    switch (classId) {
        case 3:  // Register
        case 4:  // Extended register
            if (method == 1) {
                return "clears the register's value (reset)";
            }
            break;
        case 5:  // Demand register
            if (method == 1) {
                return "clears the demand register (reset)";
            }
            if (method == 2) {
                return "ends the current demand period (next_period)";
            }
            break;
        case 7:  // Profile generic
            if (method == 1) {
                return "clears every entry the profile has logged (reset)";
            }
            break;
        case 9:  // Script table
            if (method == 1) {
                return "runs a script of the meter (execute), e.g. the end of a billing period";
            }
            break;
        case 15:  // Association LN
            if (method == 2) {
                return "replaces the association's secret (change_HLS_secret): keep the new one";
            }
            if (method == 3 || method == 4) {
                return "changes which objects the association can reach";
            }
            break;
        case 18:  // Image transfer
            if (method == 4) {
                return "activates the transferred firmware image (image_activate)";
            }
            break;
        case 20:  // Activity calendar
            if (method == 1) {
                return "activates the passive calendar now (activate_passive_calendar)";
            }
            break;
        case 64:  // Security setup
            if (method == 1) {
                return "changes the meter's security policy (security_activate)";
            }
            if (method == 2) {
                return "replaces the meter's keys (key_transfer): only the new keys open it "
                       "afterwards";
            }
            break;
        case 70:  // Disconnect control
            if (method == 1) {
                return "cuts the customer's supply (remote_disconnect)";
            }
            if (method == 2) {
                return "allows the customer's supply back (remote_reconnect)";
            }
            break;
        default:
            break;
    }
    return std::nullopt;
}

std::optional<std::string> setWarning(std::uint16_t classId, std::int8_t attribute) {
    if (classId == 15 && attribute == 7) {
        return "replaces the association's password (LLS secret): keep the new one";
    }
    if (classId == 19 && attribute >= 7 && attribute <= 9) {
        return "replaces a password of the optical port: keep the new one";
    }
    if (classId == 64 && attribute == 2) {
        return "changes the meter's security policy";
    }
    return std::nullopt;
}

}  // namespace omt::meter

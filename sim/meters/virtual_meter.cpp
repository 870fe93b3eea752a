#include "sim/meters/virtual_meter.h"

#include "sim/meters/kamstrup_meter.h"

namespace omt::sim {

const char* nameOf(MeterModel model) {
    switch (model) {
        case MeterModel::OmnipowerCt:
            return "omnipower-ct";
        case MeterModel::Omnia:
            return "omnia";
    }
    return "unknown";
}

std::optional<MeterModel> meterModelFromName(const std::string& name) {
    if (name == "omnipower-ct") {
        return MeterModel::OmnipowerCt;
    }
    if (name == "omnia") {
        return MeterModel::Omnia;
    }
    return std::nullopt;
}

const char* nameOf(MeterError error) {
    switch (error) {
        case MeterError::StateUnreadable:
            return "state-unreadable";
        case MeterError::StateCorrupt:
            return "state-corrupt";
        case MeterError::StateFromFuture:
            return "state-from-future";
        case MeterError::StateWriteFailed:
            return "state-write-failed";
        case MeterError::BadOption:
            return "bad-option";
    }
    return "unknown";
}

MeterSecrets MeterSecrets::demo() {
    MeterSecrets s;
    s.readerPassword = bytesOf("12345678");
    s.keys.globalEk = dlms::security::Key128::fromHex("000102030405060708090A0B0C0D0E0F")
                          .value_or(dlms::security::Key128{});
    s.keys.ak = dlms::security::Key128::fromHex("D0D1D2D3D4D5D6D7D8D9DADBDCDDDEDF")
                    .value_or(dlms::security::Key128{});
    s.kek = dlms::security::Key128::fromHex("202122232425262728292A2B2C2D2E2F")
                .value_or(dlms::security::Key128{});
    return s;
}

Expected<std::unique_ptr<VirtualMeter>, MeterFailure> VirtualMeter::create(
    const VirtualMeterOptions& options) {
    return createKamstrupMeter(options);
}

}  // namespace omt::sim

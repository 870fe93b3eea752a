// xDLMS APDUs of LN referencing: GET / SET / ACTION requests and responses, InitiateRequest /
// InitiateResponse, ConfirmedServiceError, EXCEPTION-Response; exact byte vectors with per-field
// comments, typed errors for malformed input, and random round trips.

#include <QTest>

#include "apdu_test_util.h"
#include "protocol/dlms/apdu/apdu.h"

using namespace omt;
using namespace omt::dlms;
using apdutest::describe;
using apdutest::hex;
using apdutest::hexOf;
using cosem::ObisCode;

namespace {

constexpr ObisCode kClock(0, 0, 1, 0, 0, 255);
constexpr ObisCode kAssociation(0, 0, 40, 0, 0, 255);
constexpr ObisCode kLoadProfile(1, 0, 99, 1, 0, 255);

// GET-Request-Normal for the clock time (Green Book).
const char* const kGetClock =
    "C0"                 // get-request
    "01"                 // get-request-normal
    "81"                 // invoke-id 1, unconfirmed bit clear, high priority
    "00 08"              // class-id 8 (Clock)
    "00 00 01 00 00 FF"  // instance-id 0.0.1.0.0.255
    "02"                 // attribute 2 (time)
    "00";                // no access-selection

const char* const kGetNext =
    "C0 02"         // get-request-next
    "C1"            // invoke-id 1, confirmed, high priority
    "00 00 00 01";  // block-number 1

const char* const kGetWithList =
    "C0 03 C1"                        // get-request-with-list
    "02"                              // 2 attribute descriptors
    "00 01 00 00 2A 00 00 FF 02 00"   // Data 0.0.42.0.0.255 attr 2 (logical device name)
    "00 08 00 00 01 00 00 FF 02 00";  // Clock attr 2

// Profile generic buffer by range: clock 2017-10-01 00:00 .. 01:00, all columns.
const char* const kGetByRange =
    "C0 01 C1"
    "00 07 01 00 63 01 00 FF 02"  // Profile generic 1.0.99.1.0.255, attribute 2 (buffer)
    "01"                          // access-selection present
    "01"                          // selector 1: range descriptor
    "02 04"                       // structure of 4
    "02 04"                       //   restricting object: structure of 4
    "12 00 08"                    //     class-id 8
    "09 06 00 00 01 00 00 FF"     //     logical name 0.0.1.0.0.255
    "0F 02"                       //     attribute 2
    "12 00 00"                    //     data index 0
    "09 0C 07 E1 0A 01 07 00 00 00 00 FF C4 80"  //   from: 2017-10-01 00:00:00, dev -60
    "09 0C 07 E1 0A 01 07 01 00 00 00 FF C4 80"  //   to:   2017-10-01 01:00:00
    "01 00";                                     //   selected values: empty array = all columns

// Profile generic buffer by entry: entries 1..10, all columns.
const char* const kGetByEntry =
    "C0 01 C1 00 07 01 00 63 01 00 FF 02"
    "01 02"           // access-selection present, selector 2: entry descriptor
    "02 04"           // structure of 4
    "06 00 00 00 01"  //   from_entry 1
    "06 00 00 00 0A"  //   to_entry 10
    "12 00 01"        //   from_selected_value 1
    "12 00 00";       //   to_selected_value 0 (last)

const char* const kGetResponseData =
    "C4 01 C1"         // get-response-normal
    "00"               // result: data
    "06 00 00 13 91";  // double-long-unsigned 5009

const char* const kGetResponseError =
    "C4 01 C1"  // get-response-normal
    "01 01";    // result: data-access-result hardware-fault

const char* const kGetResponseBlock =
    "C4 02 C1"            // get-response-with-datablock
    "01"                  // last-block
    "00 00 00 02"         // block-number 2
    "00"                  // raw-data
    "05 01 02 03 04 05";  // 5 bytes

const char* const kGetResponseBlockError =
    "C4 02 C1 01 00 00 00 02"
    "01 0E";  // data-access-result data-block-unavailable

const char* const kGetResponseWithList =
    "C4 03 C1"           // get-response-with-list
    "02"                 // 2 results
    "00 06 00 00 13 91"  // data: double-long-unsigned 5009
    "01 04";             // data-access-result: object-undefined

const char* const kSetNormal =
    "C1 01 C1"                    // set-request-normal
    "00 01 00 00 60 01 0A FF 02"  // Data 0.0.96.1.10.255 attribute 2
    "00"                          // no access-selection
    "09 03 41 42 43";             // value: octet-string "ABC"

const char* const kSetFirstBlock =
    "C1 02 C1"                       // set-request-with-first-datablock
    "00 08 00 00 01 00 00 FF 02 00"  // Clock attr 2, no access-selection
    "00 00 00 00 01"                 // not last, block 1
    "03 AA BB CC";                   // raw-data: 3 bytes

const char* const kSetBlock =
    "C1 03 C1"        // set-request-with-datablock
    "01 00 00 00 02"  // last, block 2
    "02 DD EE";       // raw-data: 2 bytes

const char* const kSetWithList =
    "C1 04 C1"  // set-request-with-list
    "02"        // 2 attribute descriptors
    "00 01 00 00 60 01 0A FF 02 00"
    "00 03 01 00 00 08 00 FF 03 00"  // Register 1.0.0.8.0.255 attribute 3
    "02"                             // 2 values
    "11 07"                          // unsigned 7
    "02 02 0F FF 16 1E";             // structure{integer -1, enum 30}

const char* const kSetListFirstBlock =
    "C1 05 C1"                          // set-request-with-list-and-first-datablock
    "01 00 01 00 00 60 01 0A FF 02 00"  // 1 attribute descriptor
    "00 00 00 00 01 01 09";             // not last, block 1, 1 raw byte

const char* const kSetResponseNormal = "C5 01 C1 00";          // success
const char* const kSetResponseBlock = "C5 02 C1 00 00 00 01";  // block 1 acknowledged
const char* const kSetResponseLastBlock =
    "C5 03 C1 03 00 00 00 04";  // read-write-denied after block 4
const char* const kSetResponseLastBlockWithList =
    "C5 04 C1 02 00 03 00 00 00 05";  // [success, read-write-denied], block 5
const char* const kSetResponseWithList = "C5 05 C1 02 00 0C";  // [success, type-unmatched]

// reply_to_HLS_authentication with f(StoC) (Green Book style, security suite 0).
const char* const kActionHlsReply =
    "C3 01"                       // action-request-normal
    "C0"                          // invoke-id 0, confirmed, high priority
    "00 0F 00 00 28 00 00 FF 01"  // Association LN 0.0.40.0.0.255, method 1
    "01"                          // parameters present
    "09 11"                       // octet-string of 17 bytes:
    "10 00 00 1A 90 E6 D2 22 1F A2 FD 85 EE D6 1A CC 22";  // SC, IC, GMAC tag

const char* const kActionNoParameters = "C3 01 C0 00 0F 00 00 28 00 00 FF 01 00";
const char* const kActionNextBlock = "C3 02 C1 00 00 00 03";
const char* const kActionWithList =
    "C3 03 C1"                    // action-request-with-list
    "02"                          // 2 method descriptors
    "00 09 00 00 0A 00 00 FF 01"  // Script table 0.0.10.0.0.255 method 1
    "00 46 00 00 60 03 0A FF 02"  // Disconnect control method 2
    "02"                          // 2 parameters
    "12 00 01"                    // long-unsigned 1
    "0F 00";                      // integer 0
const char* const kActionFirstBlock =
    "C3 04 C1 00 09 00 00 0A 00 00 FF 01"  // action-request-with-first-pblock
    "00 00 00 00 01 02 12 00";             // not last, block 1, 2 raw bytes
const char* const kActionListFirstBlock =
    "C3 05 C1 01 00 09 00 00 0A 00 00 FF 01"  // with-list-and-first-pblock, 1 method
    "01 00 00 00 01 00";                      // last, block 1, no raw bytes
const char* const kActionBlock = "C3 06 C1 01 00 00 00 02 01 00";  // with-pblock: last, 2, 1 byte

const char* const kActionResponseSuccess = "C7 01 C0 00 00";  // success, no return data
const char* const kActionResponseData =
    "C7 01 C0"                                                    // action-response-normal
    "00"                                                          // success
    "01 00"                                                       // return-parameters present: data
    "09 11 10 00 00 1A FD E8 85 7B 72 8A 34 99 10 6A A6 65 D1";   // f(CtoS) from the server
const char* const kActionResponseError = "C7 01 C0 00 01 01 FA";  // data-access-result other
const char* const kActionResponseBlock = "C7 02 C1 00 00 00 00 01 02 00 01";
const char* const kActionResponseWithList =
    "C7 03 C1 02"   // action-response-with-list, 2 responses
    "00 00"         // success, no data
    "03 01 01 03";  // read-write-denied, data-access-result read-write-denied
const char* const kActionResponseNextBlock = "C7 04 C1 00 00 00 07";

const char* const kInitiateRequest = "01 00 00 00 06 5F 1F 04 00 00 7E 1F 04 B0";
const char* const kInitiateRequestFull =
    "01"                                                     // initiate-request
    "01 10 00 01 02 03 04 05 06 07 08 09 0A 0B 0C 0D 0E 0F"  // dedicated-key (16 bytes)
    "01 00"                                                  // response-allowed: FALSE
    "01 05"                                                  // proposed-quality-of-service 5
    "06"                                                     // version 6
    "5F 1F 04 00 60 7E 1F"  // conformance incl. general-protection and general-block-transfer
    "FF FF";                // client-max-receive-pdu-size 65535
const char* const kInitiateResponse = "08 00 06 5F 1F 04 00 00 50 1F 01 F4 00 07";
const char* const kConfirmedServiceError = "0E 01 06 01";
const char* const kExceptionNotAllowed = "D8 01 01";  // service-not-allowed, op-not-possible
const char* const kExceptionUnknown = "D8 02 02";     // service-unknown, service-not-supported
const char* const kExceptionCounter = "D8 01 06 00 00 00 2A";  // invocation-counter-error, 42

const char* const kAllVectors[] = {kGetClock,
                                   kGetNext,
                                   kGetWithList,
                                   kGetByRange,
                                   kGetByEntry,
                                   kGetResponseData,
                                   kGetResponseError,
                                   kGetResponseBlock,
                                   kGetResponseBlockError,
                                   kGetResponseWithList,
                                   kSetNormal,
                                   kSetFirstBlock,
                                   kSetBlock,
                                   kSetWithList,
                                   kSetListFirstBlock,
                                   kSetResponseNormal,
                                   kSetResponseBlock,
                                   kSetResponseLastBlock,
                                   kSetResponseLastBlockWithList,
                                   kSetResponseWithList,
                                   kActionHlsReply,
                                   kActionNoParameters,
                                   kActionNextBlock,
                                   kActionWithList,
                                   kActionFirstBlock,
                                   kActionListFirstBlock,
                                   kActionBlock,
                                   kActionResponseSuccess,
                                   kActionResponseData,
                                   kActionResponseError,
                                   kActionResponseBlock,
                                   kActionResponseWithList,
                                   kActionResponseNextBlock,
                                   kInitiateRequest,
                                   kInitiateRequestFull,
                                   kInitiateResponse,
                                   kConfirmedServiceError,
                                   kExceptionNotAllowed,
                                   kExceptionUnknown,
                                   kExceptionCounter};

template <class T>
T decodeAs(const char* vector) {
    auto a = decodeApdu(hex(vector));
    if (!a) {
        qFatal("decode of %s failed: %s", vector, describe(a.error()).constData());
    }
    if (!std::holds_alternative<T>(*a)) {
        qFatal("decode of %s gave %s", vector, apduName(*a));
    }
    return std::get<T>(*a);
}

QByteArray encodedHex(const Apdu& a) {
    auto b = encodeApdu(a);
    if (!b) {
        return "encode failed: " + describe(b.error());
    }
    return hexOf(*b);
}

QByteArray hexText(const char* vector) {
    return hexOf(hex(vector));
}

Data dateTime(std::uint8_t hour) {
    Bytes b = hex("07 E1 0A 01 07 00 00 00 00 FF C4 80");  // 2017-10-01 Sunday hh:00:00
    b[5] = hour;
    return Data::octetString(std::move(b));
}

}  // namespace

class TestApdu : public QObject {
    Q_OBJECT

private slots:
    void getRequestNormalForTheClock() {
        const auto g = decodeAs<GetRequestNormal>(kGetClock);
        QCOMPARE(g.invokeIdAndPriority.invokeId(), std::uint8_t{1});
        QVERIFY(g.invokeIdAndPriority.highPriority());
        QVERIFY(!g.invokeIdAndPriority.confirmed());
        QCOMPARE(g.attribute.classId, std::uint16_t{8});
        QCOMPARE(g.attribute.instanceId, kClock);
        QCOMPARE(g.attribute.attributeId, std::int8_t{2});
        QVERIFY(!g.access);

        const GetRequestNormal built{
            InvokeIdAndPriority::make(1, false, true), {8, kClock, 2}, std::nullopt};
        QCOMPARE(encodedHex(built), hexText(kGetClock));
    }

    void getRequestNextAndWithList() {
        const auto n = decodeAs<GetRequestNext>(kGetNext);
        QCOMPARE(n.blockNumber, std::uint32_t{1});
        QCOMPARE(n.invokeIdAndPriority, InvokeIdAndPriority::make(1));
        QCOMPARE(encodedHex(GetRequestNext{InvokeIdAndPriority::make(1), 1}), hexText(kGetNext));

        const auto l = decodeAs<GetRequestWithList>(kGetWithList);
        QCOMPARE(l.attributes.size(), std::size_t{2});
        QCOMPARE(l.attributes[0].attribute,
                 (CosemAttributeDescriptor{1, ObisCode(0, 0, 42, 0, 0, 255), 2}));
        QCOMPARE(l.attributes[1].attribute, (CosemAttributeDescriptor{8, kClock, 2}));
        QVERIFY(!l.attributes[1].access);
        QCOMPARE(encodedHex(l), hexText(kGetWithList));
    }

    void getRequestWithRangeDescriptor() {
        const auto g = decodeAs<GetRequestNormal>(kGetByRange);
        QCOMPARE(g.attribute, (CosemAttributeDescriptor{7, kLoadProfile, 2}));
        QVERIFY(g.access);
        auto range = parseRangeDescriptor(*g.access);
        VERIFY_OK(range);
        QCOMPARE(range->restrictingObject, (CaptureObjectDefinition{8, kClock, 2, 0}));
        QCOMPARE(range->fromValue, dateTime(0));
        QCOMPARE(range->toValue, dateTime(1));
        QVERIFY(range->selectedValues.empty());

        // Built with the helper, the request is byte for byte the same.
        const GetRequestNormal built{
            InvokeIdAndPriority::make(1),
            {7, kLoadProfile, 2},
            makeRangeDescriptor({{8, kClock, 2, 0}, dateTime(0), dateTime(1), {}})};
        QCOMPARE(encodedHex(built), hexText(kGetByRange));

        // Selected columns survive the helper round trip.
        RangeDescriptor withColumns{{8, kClock, 2, 0},
                                    dateTime(0),
                                    dateTime(1),
                                    {{8, kClock, 2, 0}, {3, ObisCode(1, 0, 1, 8, 0, 255), 2, 0}}};
        auto back = parseRangeDescriptor(makeRangeDescriptor(withColumns));
        VERIFY_OK(back);
        QCOMPARE(*back, withColumns);
    }

    void getRequestWithEntryDescriptor() {
        const auto g = decodeAs<GetRequestNormal>(kGetByEntry);
        auto entry = parseEntryDescriptor(*g.access);
        VERIFY_OK(entry);
        QCOMPARE(*entry, (EntryDescriptor{1, 10, 1, 0}));
        const GetRequestNormal built{
            InvokeIdAndPriority::make(1), {7, kLoadProfile, 2}, makeEntryDescriptor({1, 10, 1, 0})};
        QCOMPARE(encodedHex(built), hexText(kGetByEntry));
    }

    void selectiveAccessHelpersRejectOtherShapes() {
        // Selector mismatch.
        auto r = parseRangeDescriptor(makeEntryDescriptor({}));
        QVERIFY(!r);
        QCOMPARE(r.error().code, ApduError::BadValue);
        auto e = parseEntryDescriptor(makeRangeDescriptor({}));
        QVERIFY(!e);
        QCOMPARE(e.error().code, ApduError::BadValue);
        // Entry descriptor with a long-unsigned where a double-long-unsigned belongs.
        SelectiveAccessDescriptor bad{
            2, Data::structure({Data::longUnsigned(1), Data::longUnsigned(2), Data::longUnsigned(1),
                                Data::longUnsigned(0)})};
        e = parseEntryDescriptor(bad);
        QVERIFY(!e);
        QCOMPARE(QByteArray::fromStdString(e.error().detail),
                 QByteArray("entry descriptor: entry not double-long-unsigned"));
        // Capture object with a 5-byte logical name.
        auto c = parseCaptureObjectDefinition(
            Data::structure({Data::longUnsigned(8), Data::octetString(hex("00 00 01 00 00")),
                             Data::integer(2), Data::longUnsigned(0)}));
        QVERIFY(!c);
        QCOMPARE(QByteArray::fromStdString(c.error().detail),
                 QByteArray("capture object: logical_name not octet-string(6)"));
        // Range descriptor whose selected values are not an array.
        SelectiveAccessDescriptor notArray = makeRangeDescriptor({});
        (*std::get_if<std::vector<Data>>(&notArray.accessParameters.value()))[3] = Data::null();
        r = parseRangeDescriptor(notArray);
        QVERIFY(!r);
        QCOMPARE(QByteArray::fromStdString(r.error().detail),
                 QByteArray("range descriptor: selected_values not an array"));
    }

    void getResponses() {
        const auto d = decodeAs<GetResponseNormal>(kGetResponseData);
        QCOMPARE(std::get<Data>(d.result), Data::doubleLongUnsigned(5009));
        QCOMPARE(encodedHex(d), hexText(kGetResponseData));

        const auto e = decodeAs<GetResponseNormal>(kGetResponseError);
        QCOMPARE(std::get<DataAccessResult>(e.result), DataAccessResult::HardwareFault);
        QCOMPARE(encodedHex(GetResponseNormal{InvokeIdAndPriority::make(1),
                                              DataAccessResult::HardwareFault}),
                 hexText(kGetResponseError));

        const auto b = decodeAs<GetResponseWithDataBlock>(kGetResponseBlock);
        QVERIFY(b.block.lastBlock);
        QCOMPARE(b.block.blockNumber, std::uint32_t{2});
        QCOMPARE(hexOf(std::get<Bytes>(b.block.result)), QByteArray("01 02 03 04 05"));
        QCOMPARE(encodedHex(b), hexText(kGetResponseBlock));

        const auto be = decodeAs<GetResponseWithDataBlock>(kGetResponseBlockError);
        QCOMPARE(std::get<DataAccessResult>(be.block.result),
                 DataAccessResult::DataBlockUnavailable);
        QCOMPARE(encodedHex(be), hexText(kGetResponseBlockError));

        const auto l = decodeAs<GetResponseWithList>(kGetResponseWithList);
        QCOMPARE(l.results.size(), std::size_t{2});
        QCOMPARE(std::get<Data>(l.results[0]), Data::doubleLongUnsigned(5009));
        QCOMPARE(std::get<DataAccessResult>(l.results[1]), DataAccessResult::ObjectUndefined);
        QCOMPARE(encodedHex(l), hexText(kGetResponseWithList));
    }

    void getResponseWithLargeBlockUsesLongLength() {
        // A 1182-byte block: the raw-data length takes the form 82 04 9E.
        GetResponseWithDataBlock b{InvokeIdAndPriority::make(1), {false, 1, Bytes(0x49E, 0x5A)}};
        auto wire = encodeApdu(b);
        VERIFY_OK(wire);
        QCOMPARE(hexOf(Bytes(wire->begin(), wire->begin() + 12)),
                 QByteArray("C4 02 C1 00 00 00 00 01 00 82 04 9E"));
        QCOMPARE(wire->size(), std::size_t{12 + 0x49E});
        auto back = decodeApdu(*wire);
        VERIFY_OK(back);
        QCOMPARE(std::get<GetResponseWithDataBlock>(*back), b);
    }

    void setRequests() {
        const auto n = decodeAs<SetRequestNormal>(kSetNormal);
        QCOMPARE(n.attribute, (CosemAttributeDescriptor{1, ObisCode(0, 0, 96, 1, 10, 255), 2}));
        QCOMPARE(n.value, Data::octetString(bytesOf("ABC")));
        QCOMPARE(encodedHex(SetRequestNormal{InvokeIdAndPriority::make(1),
                                             {1, ObisCode(0, 0, 96, 1, 10, 255), 2},
                                             std::nullopt,
                                             Data::octetString(bytesOf("ABC"))}),
                 hexText(kSetNormal));

        const auto f = decodeAs<SetRequestWithFirstDataBlock>(kSetFirstBlock);
        QCOMPARE(f.attribute, (CosemAttributeDescriptor{8, kClock, 2}));
        QCOMPARE(f.block, (DataBlockSa{false, 1, hex("AA BB CC")}));
        QCOMPARE(encodedHex(f), hexText(kSetFirstBlock));

        const auto b = decodeAs<SetRequestWithDataBlock>(kSetBlock);
        QCOMPARE(b.block, (DataBlockSa{true, 2, hex("DD EE")}));
        QCOMPARE(encodedHex(b), hexText(kSetBlock));

        const auto l = decodeAs<SetRequestWithList>(kSetWithList);
        QCOMPARE(l.attributes.size(), std::size_t{2});
        QCOMPARE(l.attributes[1].attribute,
                 (CosemAttributeDescriptor{3, ObisCode(1, 0, 0, 8, 0, 255), 3}));
        QCOMPARE(l.values.size(), std::size_t{2});
        QCOMPARE(l.values[0], Data::unsigned8(7));
        QCOMPARE(l.values[1], Data::structure({Data::integer(-1), Data::enumValue(30)}));
        QCOMPARE(encodedHex(l), hexText(kSetWithList));

        const auto lf = decodeAs<SetRequestWithListAndFirstDataBlock>(kSetListFirstBlock);
        QCOMPARE(lf.attributes.size(), std::size_t{1});
        QCOMPARE(lf.block, (DataBlockSa{false, 1, hex("09")}));
        QCOMPARE(encodedHex(lf), hexText(kSetListFirstBlock));
    }

    void setResponses() {
        QCOMPARE(decodeAs<SetResponseNormal>(kSetResponseNormal).result, DataAccessResult::Success);
        QCOMPARE(decodeAs<SetResponseDataBlock>(kSetResponseBlock).blockNumber, std::uint32_t{1});
        const auto last = decodeAs<SetResponseLastDataBlock>(kSetResponseLastBlock);
        QCOMPARE(last.result, DataAccessResult::ReadWriteDenied);
        QCOMPARE(last.blockNumber, std::uint32_t{4});
        const auto lastList =
            decodeAs<SetResponseLastDataBlockWithList>(kSetResponseLastBlockWithList);
        QCOMPARE(lastList.results,
                 (std::vector{DataAccessResult::Success, DataAccessResult::ReadWriteDenied}));
        QCOMPARE(lastList.blockNumber, std::uint32_t{5});
        const auto list = decodeAs<SetResponseWithList>(kSetResponseWithList);
        QCOMPARE(list.results,
                 (std::vector{DataAccessResult::Success, DataAccessResult::TypeUnmatched}));

        const auto iip = InvokeIdAndPriority::make(1);
        QCOMPARE(encodedHex(SetResponseNormal{iip, DataAccessResult::Success}),
                 hexText(kSetResponseNormal));
        QCOMPARE(encodedHex(SetResponseDataBlock{iip, 1}), hexText(kSetResponseBlock));
        QCOMPARE(encodedHex(SetResponseLastDataBlock{iip, DataAccessResult::ReadWriteDenied, 4}),
                 hexText(kSetResponseLastBlock));
        QCOMPARE(encodedHex(lastList), hexText(kSetResponseLastBlockWithList));
        QCOMPARE(encodedHex(list), hexText(kSetResponseWithList));
    }

    void actionRequests() {
        const auto hls = decodeAs<ActionRequestNormal>(kActionHlsReply);
        QCOMPARE(hls.invokeIdAndPriority, InvokeIdAndPriority::make(0));
        QCOMPARE(hls.method, (CosemMethodDescriptor{15, kAssociation, 1}));
        QCOMPARE(*hls.parameters,
                 Data::octetString(hex("10 00 00 1A 90 E6 D2 22 1F A2 FD 85 EE D6 1A CC 22")));
        QCOMPARE(encodedHex(hls), hexText(kActionHlsReply));

        const auto none = decodeAs<ActionRequestNormal>(kActionNoParameters);
        QVERIFY(!none.parameters);
        QCOMPARE(encodedHex(ActionRequestNormal{
                     InvokeIdAndPriority::make(0), {15, kAssociation, 1}, std::nullopt}),
                 hexText(kActionNoParameters));

        QCOMPARE(decodeAs<ActionRequestNextPBlock>(kActionNextBlock).blockNumber, std::uint32_t{3});
        QCOMPARE(encodedHex(ActionRequestNextPBlock{InvokeIdAndPriority::make(1), 3}),
                 hexText(kActionNextBlock));

        const auto list = decodeAs<ActionRequestWithList>(kActionWithList);
        QCOMPARE(list.methods,
                 (std::vector<CosemMethodDescriptor>{{9, ObisCode(0, 0, 10, 0, 0, 255), 1},
                                                     {70, ObisCode(0, 0, 96, 3, 10, 255), 2}}));
        QCOMPARE(list.parameters, (std::vector{Data::longUnsigned(1), Data::integer(0)}));
        QCOMPARE(encodedHex(list), hexText(kActionWithList));

        const auto first = decodeAs<ActionRequestWithFirstPBlock>(kActionFirstBlock);
        QCOMPARE(first.block, (DataBlockSa{false, 1, hex("12 00")}));
        QCOMPARE(encodedHex(first), hexText(kActionFirstBlock));

        const auto listFirst = decodeAs<ActionRequestWithListAndFirstPBlock>(kActionListFirstBlock);
        QCOMPARE(listFirst.methods.size(), std::size_t{1});
        QCOMPARE(listFirst.block, (DataBlockSa{true, 1, {}}));
        QCOMPARE(encodedHex(listFirst), hexText(kActionListFirstBlock));

        const auto block = decodeAs<ActionRequestWithPBlock>(kActionBlock);
        QCOMPARE(block.block, (DataBlockSa{true, 2, hex("00")}));
        QCOMPARE(encodedHex(block), hexText(kActionBlock));
    }

    void actionResponses() {
        const auto ok = decodeAs<ActionResponseNormal>(kActionResponseSuccess);
        QCOMPARE(ok.response.result, ActionResult::Success);
        QVERIFY(!ok.response.returnParameters);
        QCOMPARE(encodedHex(ok), hexText(kActionResponseSuccess));

        const auto data = decodeAs<ActionResponseNormal>(kActionResponseData);
        QCOMPARE(std::get<Data>(*data.response.returnParameters),
                 Data::octetString(hex("10 00 00 1A FD E8 85 7B 72 8A 34 99 10 6A A6 65 D1")));
        QCOMPARE(encodedHex(data), hexText(kActionResponseData));

        const auto error = decodeAs<ActionResponseNormal>(kActionResponseError);
        QCOMPARE(std::get<DataAccessResult>(*error.response.returnParameters),
                 DataAccessResult::OtherReason);
        QCOMPARE(encodedHex(error), hexText(kActionResponseError));

        const auto block = decodeAs<ActionResponseWithPBlock>(kActionResponseBlock);
        QCOMPARE(block.block, (DataBlockSa{false, 1, hex("00 01")}));
        QCOMPARE(encodedHex(block), hexText(kActionResponseBlock));

        const auto list = decodeAs<ActionResponseWithList>(kActionResponseWithList);
        QCOMPARE(list.responses.size(), std::size_t{2});
        QCOMPARE(list.responses[1].result, ActionResult::ReadWriteDenied);
        QCOMPARE(std::get<DataAccessResult>(*list.responses[1].returnParameters),
                 DataAccessResult::ReadWriteDenied);
        QCOMPARE(encodedHex(list), hexText(kActionResponseWithList));

        QCOMPARE(decodeAs<ActionResponseNextPBlock>(kActionResponseNextBlock).blockNumber,
                 std::uint32_t{7});
        QCOMPARE(encodedHex(ActionResponseNextPBlock{InvokeIdAndPriority::make(1), 7}),
                 hexText(kActionResponseNextBlock));
    }

    void initiateRequestAndResponse() {
        const auto q = decodeAs<InitiateRequest>(kInitiateRequest);
        QVERIFY(!q.dedicatedKey);
        QVERIFY(q.responseAllowed);
        QVERIFY(!q.proposedQualityOfService);
        QCOMPARE(q.proposedConformance.wire(), std::uint32_t{0x007E1F});
        QCOMPARE(encodedHex(q), hexText(kInitiateRequest));

        const auto full = decodeAs<InitiateRequest>(kInitiateRequestFull);
        QCOMPARE(hexOf(*full.dedicatedKey),
                 QByteArray("00 01 02 03 04 05 06 07 08 09 0A 0B 0C 0D 0E 0F"));
        QVERIFY(!full.responseAllowed);
        QCOMPARE(full.proposedQualityOfService, std::optional<std::int8_t>(5));
        QVERIFY(full.proposedConformance.has(ConformanceBit::GeneralProtection));
        QVERIFY(full.proposedConformance.has(ConformanceBit::GeneralBlockTransfer));
        QCOMPARE(full.clientMaxReceivePduSize, std::uint16_t{0xFFFF});
        QCOMPARE(encodedHex(full), hexText(kInitiateRequestFull));

        // response-allowed explicitly TRUE (01 FF) decodes as the default.
        const auto explicitTrue =
            decodeAs<InitiateRequest>("01 00 01 FF 00 06 5F 1F 04 00 00 7E 1F 04 B0");
        QVERIFY(explicitTrue.responseAllowed);

        const auto s = decodeAs<InitiateResponse>(kInitiateResponse);
        QCOMPARE(s.negotiatedConformance.wire(), std::uint32_t{0x00501F});
        QCOMPARE(s.serverMaxReceivePduSize, std::uint16_t{500});
        QCOMPARE(s.vaaName, InitiateResponse::kVaaNameLogicalName);
        QCOMPARE(encodedHex(s), hexText(kInitiateResponse));
    }

    void conformanceBits() {
        // 00 7E 1F: the client proposal of the Green Book example.
        const auto c = Conformance::fromWire(0x007E1F);
        QStringList names;
        for (const auto bit : c.bits()) {
            names << QString::fromLatin1(nameOf(bit));
        }
        QCOMPARE(names,
                 (QStringList{"priority-mgmt-supported", "attribute0-supported-with-get",
                              "block-transfer-with-get-or-read", "block-transfer-with-set-or-write",
                              "block-transfer-with-action", "multiple-references", "get", "set",
                              "selective-access", "event-notification", "action"}));
        Conformance built;
        built.set(ConformanceBit::Get).set(ConformanceBit::Set).set(ConformanceBit::Action);
        QCOMPARE(built.wire(), std::uint32_t{0x000019});
        built.set(ConformanceBit::ReservedZero).set(ConformanceBit::Set, false);
        QCOMPARE(built.wire(), std::uint32_t{0x800011});
        QCOMPARE((c & Conformance::fromWire(0x00501F)).wire(), std::uint32_t{0x00501F});
        QCOMPARE(QByteArray(nameOf(ConformanceBit::GeneralProtection)),
                 QByteArray("general-protection"));
        QCOMPARE(QByteArray(nameOf(ConformanceBit::GeneralBlockTransfer)),
                 QByteArray("general-block-transfer"));
        QCOMPARE(QByteArray(nameOf(ConformanceBit::DeltaValueEncoding)),
                 QByteArray("delta-value-encoding"));
        for (std::uint8_t i = 0; i < 24; ++i) {
            QVERIFY(QByteArray(nameOf(static_cast<ConformanceBit>(i))) != "unknown");
        }
    }

    void invokeIdAndPriority() {
        QCOMPARE(InvokeIdAndPriority::make(1).value, std::uint8_t{0xC1});
        QCOMPARE(InvokeIdAndPriority::make(1, false, true).value, std::uint8_t{0x81});
        QCOMPARE(InvokeIdAndPriority::make(15, true, false).value, std::uint8_t{0x4F});
        QCOMPARE(InvokeIdAndPriority::make(0x1F, false, false).value, std::uint8_t{0x0F});
        const InvokeIdAndPriority reserved{0x37};  // reserved bits 4-5 set
        QCOMPARE(reserved.invokeId(), std::uint8_t{7});
        QVERIFY(!reserved.confirmed());
        QVERIFY(!reserved.highPriority());
        // Reserved bits survive a round trip through the wire.
        auto back = decodeApdu(*encodeApdu(GetRequestNext{reserved, 9}));
        VERIFY_OK(back);
        QCOMPARE(std::get<GetRequestNext>(*back).invokeIdAndPriority.value, std::uint8_t{0x37});
    }

    void errorApdus() {
        const auto e = decodeAs<ConfirmedServiceError>(kConfirmedServiceError);
        QCOMPARE(e.service, ConfirmedServiceChoice::InitiateError);
        QCOMPARE(e.error, (ServiceError{ServiceErrorKind::Initiate, 1}));
        QCOMPARE(encodedHex(e), hexText(kConfirmedServiceError));
        QCOMPARE(QByteArray(nameOf(e.service)), QByteArray("initiate-error"));
        QCOMPARE(QByteArray(nameOf(e.error.kind)), QByteArray("initiate"));

        const auto x = decodeAs<ExceptionResponse>(kExceptionNotAllowed);
        QCOMPARE(x.stateError, StateError::ServiceNotAllowed);
        QCOMPARE(x.serviceError, ExceptionServiceError::OperationNotPossible);
        QCOMPARE(encodedHex(x), hexText(kExceptionNotAllowed));
        const auto u = decodeAs<ExceptionResponse>(kExceptionUnknown);
        QCOMPARE(u.stateError, StateError::ServiceUnknown);
        QCOMPARE(u.serviceError, ExceptionServiceError::ServiceNotSupported);
        QCOMPARE(encodedHex(u), hexText(kExceptionUnknown));
        const auto c = decodeAs<ExceptionResponse>(kExceptionCounter);
        QCOMPARE(c.serviceError, ExceptionServiceError::InvocationCounterError);
        QCOMPARE(c.invocationCounter, std::uint32_t{42});
        QCOMPARE(encodedHex(c), hexText(kExceptionCounter));
    }

    void resultNames() {
        const std::pair<int, const char*> dar[] = {{0, "success"},
                                                   {1, "hardware-fault"},
                                                   {2, "temporary-failure"},
                                                   {3, "read-write-denied"},
                                                   {4, "object-undefined"},
                                                   {9, "object-class-inconsistent"},
                                                   {11, "object-unavailable"},
                                                   {12, "type-unmatched"},
                                                   {13, "scope-of-access-violated"},
                                                   {14, "data-block-unavailable"},
                                                   {15, "long-get-aborted"},
                                                   {16, "no-long-get-in-progress"},
                                                   {17, "long-set-aborted"},
                                                   {18, "no-long-set-in-progress"},
                                                   {19, "data-block-number-invalid"},
                                                   {250, "other-reason"},
                                                   {5, "unknown"},
                                                   {251, "unknown"}};
        for (const auto& [value, name] : dar) {
            QCOMPARE(QByteArray(nameOf(static_cast<DataAccessResult>(value))), QByteArray(name));
        }
        const std::pair<int, const char*> action[] = {{0, "success"},
                                                      {3, "read-write-denied"},
                                                      {15, "long-action-aborted"},
                                                      {16, "no-long-action-in-progress"},
                                                      {250, "other-reason"},
                                                      {17, "unknown"}};
        for (const auto& [value, name] : action) {
            QCOMPARE(QByteArray(nameOf(static_cast<ActionResult>(value))), QByteArray(name));
        }
        QCOMPARE(QByteArray(serviceErrorValueName({ServiceErrorKind::ApplicationReference, 6})),
                 QByteArray("deciphering-error"));
        QCOMPARE(QByteArray(serviceErrorValueName({ServiceErrorKind::Access, 1})),
                 QByteArray("scope-of-access-violated"));
        QCOMPARE(QByteArray(serviceErrorValueName({ServiceErrorKind::Service, 2})),
                 QByteArray("service-unsupported"));
        QCOMPARE(QByteArray(serviceErrorValueName({ServiceErrorKind::Initiate, 4})),
                 QByteArray("refused-by-the-vde-handler"));
        QCOMPARE(QByteArray(serviceErrorValueName({ServiceErrorKind::Initiate, 5})),
                 QByteArray("unknown"));
        QCOMPARE(QByteArray(nameOf(ExceptionServiceError::InvocationCounterError)),
                 QByteArray("invocation-counter-error"));
        QCOMPARE(QByteArray(nameOf(StateError::ServiceUnknown)), QByteArray("service-unknown"));
        QCOMPARE(QByteArray(nameOf(ConfirmedServiceChoice::TerminateUpLoad)),
                 QByteArray("terminate-up-load"));
        QCOMPARE(QByteArray(nameOf(ApduError::CipheredApdu)), QByteArray("ciphered-apdu"));
    }

    void apduNames() {
        QCOMPARE(QByteArray(apduName(decodeAs<GetRequestNormal>(kGetClock))),
                 QByteArray("get-request-normal"));
        QCOMPARE(QByteArray(apduName(SetResponseLastDataBlockWithList{})),
                 QByteArray("set-response-last-datablock-with-list"));
        QCOMPARE(QByteArray(apduName(ActionRequestWithListAndFirstPBlock{})),
                 QByteArray("action-request-with-list-and-first-pblock"));
        QCOMPARE(QByteArray(apduName(ExceptionResponse{})), QByteArray("exception-response"));
    }

    void cipheredAndForeignTags() {
        // Every ciphered tag: a typed "decipher first", naming the tag.
        for (int tag : {0x21, 0x25, 0x26, 0x28, 0x2C, 0x2D, 0x2E, 0x36, 0x38, 0x41, 0x45, 0x46,
                        0x48, 0x4C, 0x4D, 0x4E, 0x56, 0x58, 0xC8, 0xC9, 0xCA, 0xCB, 0xCC, 0xCD,
                        0xCF, 0xD0, 0xD1, 0xD2, 0xD3, 0xD4, 0xD5, 0xD7, 0xDB, 0xDC, 0xDD, 0xDF}) {
            const Bytes wire{static_cast<std::uint8_t>(tag), 0x30, 0x00};
            QVERIFY(isCipheredTag(static_cast<std::uint8_t>(tag)));
            auto r = decodeApdu(wire);
            QVERIFY(!r);
            QCOMPARE(r.error().code, ApduError::CipheredApdu);
            QCOMPARE(r.error().offset, std::size_t{0});
        }
        // Valid DLMS APDUs this module does not decode.
        for (int tag : {0x05, 0x06, 0x0C, 0x0D, 0x0F, 0x16, 0x18, 0xC2, 0xD9, 0xDA, 0xE0}) {
            auto r = decodeApdu(Bytes{static_cast<std::uint8_t>(tag), 0x00});
            QVERIFY(!r);
            QCOMPARE(r.error().code, ApduError::UnsupportedApdu);
        }
        for (int tag : {0x00, 0x02, 0x64, 0xC6, 0xFF}) {
            QVERIFY(!isCipheredTag(static_cast<std::uint8_t>(tag)));
            auto r = decodeApdu(Bytes{static_cast<std::uint8_t>(tag), 0x00});
            QVERIFY(!r);
            QCOMPARE(r.error().code, ApduError::UnknownTag);
        }
        auto empty = decodeApdu({});
        QVERIFY(!empty);
        QCOMPARE(empty.error().code, ApduError::EmptyInput);
    }

    void truncationAtEveryByte() {
        // Given every vector cut at every length, the decoder reports a typed error located no
        // further than the cut: the input ended (Truncated) or a length claims more than is left.
        for (const char* vector : kAllVectors) {
            const Bytes full = hex(vector);
            QVERIFY2(decodeApdu(full), vector);
            for (std::size_t n = 0; n < full.size(); ++n) {
                auto r = decodeApdu(ByteView(full.data(), n));
                QVERIFY2(!r, vector);
                const auto code = r.error().code;
                QVERIFY2(code == (n == 0 ? ApduError::EmptyInput : ApduError::Truncated) ||
                             code == ApduError::LengthExceedsInput,
                         vector + QByteArray(" cut at ") + QByteArray::number(qulonglong(n)) +
                             ": " + describe(r.error()));
                QVERIFY(r.error().offset <= n);
            }
        }
    }

    void trailingBytes() {
        for (const char* vector : kAllVectors) {
            Bytes longer = hex(vector);
            longer.push_back(0x00);
            auto r = decodeApdu(longer);
            QVERIFY(!r);
            QCOMPARE(r.error().code, ApduError::TrailingBytes);
            QCOMPARE(r.error().offset, longer.size() - 1);
        }
    }

    void malformed_data() {
        QTest::addColumn<QByteArray>("wire");
        QTest::addColumn<int>("code");
        QTest::addColumn<int>("offset");
        auto row = [](const char* name, const char* wire, ApduError code, int offset) {
            QTest::newRow(name) << QByteArray(wire) << static_cast<int>(code) << offset;
        };
        row("get-request choice 4", "C0 04 C1 00 00 00 01", ApduError::UnknownChoice, 1);
        row("get-request choice 0", "C0 00", ApduError::UnknownChoice, 1);
        row("get-response choice 4", "C4 04 C1 00", ApduError::UnknownChoice, 1);
        row("set-request choice 6", "C1 06 C1", ApduError::UnknownChoice, 1);
        row("set-response choice 6", "C5 06 C1 00", ApduError::UnknownChoice, 1);
        row("action-request choice 7", "C3 07 C1", ApduError::UnknownChoice, 1);
        row("action-response choice 5", "C7 05 C1", ApduError::UnknownChoice, 1);
        row("get-data-result choice 2", "C4 01 C1 02 00", ApduError::UnknownChoice, 3);
        row("datablock-g choice 2", "C4 02 C1 00 00 00 00 01 02 00", ApduError::UnknownChoice, 8);
        row("action return choice 2", "C7 01 C1 00 01 02 00", ApduError::UnknownChoice, 5);
        row("confirmed-service-error choice 0", "0E 00 06 01", ApduError::UnknownChoice, 1);
        row("confirmed-service-error choice 20", "0E 14 06 01", ApduError::UnknownChoice, 1);
        row("service-error choice 8", "0E 01 08 00", ApduError::UnknownChoice, 2);
        row("service-error choice 10", "0E 01 0A 00", ApduError::UnknownChoice, 2);
        row("exception service-error 7", "D8 01 07", ApduError::UnknownChoice, 2);
        row("exception service-error 0", "D8 01 00", ApduError::UnknownChoice, 2);
        row("list count 2^32-1", "C0 03 C1 84 FF FF FF FF 00", ApduError::ListTooLong, 3);
        row("list count 1025", "C0 03 C1 82 04 01", ApduError::ListTooLong, 3);
        row("list count 1024 without items", "C0 03 C1 82 04 00", ApduError::Truncated, 6);
        row("result list count 2^31", "C5 05 C1 84 80 00 00 00", ApduError::ListTooLong, 3);
        row("data list count huge", "C1 04 C1 00 84 10 00 00 00", ApduError::ListTooLong, 4);
        row("list count 5 length bytes", "C0 03 C1 85 00 00 00 00 01", ApduError::BadLength, 3);
        row("list count indefinite", "C0 03 C1 80", ApduError::BadLength, 3);
        row("raw-data claims 2 GiB", "C4 02 C1 00 00 00 00 01 00 84 7F FF FF FF 00",
            ApduError::LengthExceedsInput, 9);
        row("set block claims 300 bytes", "C1 03 C1 00 00 00 00 01 82 01 2C 00",
            ApduError::LengthExceedsInput, 8);
        row("dedicated key claims 16 of 2", "01 01 10 00 00", ApduError::LengthExceedsInput, 2);
        row("conformance tag not 5F 1F", "01 00 00 00 06 5F 1E 04 00 00 7E 1F 04 B0",
            ApduError::BadValue, 5);
        row("conformance of 5 bytes", "08 00 06 5F 1F 05 00 00 50 1F 01 F4 00 07",
            ApduError::BadValue, 3);
        row("conformance with unused bits", "08 00 06 5F 1F 04 01 00 50 1F 01 F4 00 07",
            ApduError::BadValue, 3);
        row("data type 7 does not exist", "C4 01 C1 00 07 00", ApduError::BadData, 4);
        row("selective access data broken", "C0 01 C1 00 07 01 00 63 01 00 FF 02 01 01 08",
            ApduError::BadData, 14);
        row("data string cut", "C1 01 C1 00 01 00 00 60 01 0A FF 02 00 09 05 41",
            ApduError::Truncated, 14);
    }

    void malformed() {
        QFETCH(QByteArray, wire);
        QFETCH(int, code);
        QFETCH(int, offset);
        auto r = decodeApdu(hex(wire.constData()));
        QVERIFY(!r);
        QVERIFY2(static_cast<int>(r.error().code) == code, describe(r.error()));
        QCOMPARE(r.error().offset, static_cast<std::size_t>(offset));
    }

    void encoderRefusals() {
        // A list above the bound is refused instead of producing an APDU no decoder accepts.
        GetResponseWithList tooMany{
            InvokeIdAndPriority::make(1),
            std::vector<GetDataResult>(kMaxListItems + 1, DataAccessResult::Success)};
        auto r = encodeApdu(tooMany);
        QVERIFY(!r);
        QCOMPARE(r.error().code, ApduError::ListTooLong);
        tooMany.results.pop_back();
        auto ok = encodeApdu(tooMany);
        VERIFY_OK(ok);
        auto back = decodeApdu(*ok);
        VERIFY_OK(back);
        QCOMPARE(std::get<GetResponseWithList>(*back).results.size(), kMaxListItems);

        // A Data value the A-XDR codec refuses (integer 1000 does not fit int8).
        SetRequestNormal bad{InvokeIdAndPriority::make(1),
                             {1, kClock, 2},
                             std::nullopt,
                             Data(DataType::Integer, std::int64_t{1000})};
        r = encodeApdu(bad);
        QVERIFY(!r);
        QCOMPARE(r.error().code, ApduError::BadData);
        QCOMPARE(r.error().offset, std::size_t{13});
    }

    void randomRoundTrip() {
        // Given random values of every APDU kind, encode -> decode gives the same value and
        // re-encoding gives the same bytes.
        apdutest::Random rnd(20240611);
        auto iip = [&] { return InvokeIdAndPriority{rnd.u8()}; };
        auto attr = [&] {
            return CosemAttributeDescriptor{rnd.u16(), rnd.obis(),
                                            static_cast<std::int8_t>(rnd.u8())};
        };
        auto method = [&] {
            return CosemMethodDescriptor{rnd.u16(), rnd.obis(), static_cast<std::int8_t>(rnd.u8())};
        };
        auto access = [&] { return rnd.maybe(SelectiveAccessDescriptor{rnd.u8(), rnd.data()}); };
        auto attrList = [&] {
            std::vector<AttributeWithSelection> v(rnd.below(4));
            for (auto& a : v) {
                a = {attr(), access()};
            }
            return v;
        };
        auto dataList = [&] {
            std::vector<Data> v(rnd.below(4));
            for (auto& d : v) {
                d = rnd.data();
            }
            return v;
        };
        auto dar = [&] { return static_cast<DataAccessResult>(rnd.u8()); };
        auto block = [&] { return DataBlockSa{rnd.coin(), rnd.u32(), rnd.bytes(300)}; };
        auto getResult = [&]() -> GetDataResult {
            if (rnd.coin()) {
                return rnd.data();
            }
            return dar();
        };
        auto actionResult = [&] {
            ActionResponseWithOptionalData a{static_cast<ActionResult>(rnd.u8()), std::nullopt};
            if (rnd.coin()) {
                a.returnParameters = getResult();
            }
            return a;
        };
        auto methods = [&] {
            std::vector<CosemMethodDescriptor> v(rnd.below(4));
            for (auto& m : v) {
                m = method();
            }
            return v;
        };

        int kinds[34] = {};
        for (int i = 0; i < 3000; ++i) {
            Apdu a;
            const auto kind = rnd.below(30);
            switch (kind) {
                case 0: {
                    InitiateRequest q;
                    q.dedicatedKey = rnd.maybe(rnd.bytes(32));
                    q.responseAllowed = rnd.coin();
                    q.proposedQualityOfService = rnd.maybe(static_cast<std::int8_t>(rnd.u8()));
                    q.proposedDlmsVersion = rnd.u8();
                    q.proposedConformance = Conformance::fromWire(rnd.u32());
                    q.clientMaxReceivePduSize = rnd.u16();
                    a = q;
                    break;
                }
                case 1:
                    a = InitiateResponse{rnd.maybe(static_cast<std::int8_t>(rnd.u8())), rnd.u8(),
                                         Conformance::fromWire(rnd.u32()), rnd.u16(),
                                         static_cast<std::int16_t>(rnd.u16())};
                    break;
                case 2: {
                    const std::uint8_t kindsOk[] = {0, 1, 2, 3, 4, 5, 6, 7, 9};
                    a = ConfirmedServiceError{
                        static_cast<ConfirmedServiceChoice>(1 + rnd.below(19)),
                        {static_cast<ServiceErrorKind>(kindsOk[rnd.below(9)]), rnd.u8()}};
                    break;
                }
                case 3: {
                    ExceptionResponse e{static_cast<StateError>(rnd.u8()),
                                        static_cast<ExceptionServiceError>(1 + rnd.below(6)), 0};
                    if (e.serviceError == ExceptionServiceError::InvocationCounterError) {
                        e.invocationCounter = rnd.u32();
                    }
                    a = e;
                    break;
                }
                case 4:
                    a = GetRequestNormal{iip(), attr(), access()};
                    break;
                case 5:
                    a = GetRequestNext{iip(), rnd.u32()};
                    break;
                case 6:
                    a = GetRequestWithList{iip(), attrList()};
                    break;
                case 7:
                    a = GetResponseNormal{iip(), getResult()};
                    break;
                case 8: {
                    DataBlockG b{rnd.coin(), rnd.u32(), dar()};
                    if (rnd.coin()) {
                        b.result = rnd.bytes(300);
                    }
                    a = GetResponseWithDataBlock{iip(), b};
                    break;
                }
                case 9: {
                    std::vector<GetDataResult> results(rnd.below(5));
                    for (auto& r : results) {
                        r = getResult();
                    }
                    a = GetResponseWithList{iip(), std::move(results)};
                    break;
                }
                case 10:
                    a = SetRequestNormal{iip(), attr(), access(), rnd.data()};
                    break;
                case 11:
                    a = SetRequestWithFirstDataBlock{iip(), attr(), access(), block()};
                    break;
                case 12:
                    a = SetRequestWithDataBlock{iip(), block()};
                    break;
                case 13:
                    a = SetRequestWithList{iip(), attrList(), dataList()};
                    break;
                case 14:
                    a = SetRequestWithListAndFirstDataBlock{iip(), attrList(), block()};
                    break;
                case 15:
                    a = SetResponseNormal{iip(), dar()};
                    break;
                case 16:
                    a = SetResponseDataBlock{iip(), rnd.u32()};
                    break;
                case 17:
                    a = SetResponseLastDataBlock{iip(), dar(), rnd.u32()};
                    break;
                case 18:
                    a = SetResponseLastDataBlockWithList{
                        iip(), std::vector<DataAccessResult>(rnd.below(5), dar()), rnd.u32()};
                    break;
                case 19:
                    a = SetResponseWithList{iip(),
                                            std::vector<DataAccessResult>(rnd.below(5), dar())};
                    break;
                case 20: {
                    ActionRequestNormal r{iip(), method(), std::nullopt};
                    if (rnd.coin()) {
                        r.parameters = rnd.data();
                    }
                    a = r;
                    break;
                }
                case 21:
                    a = ActionRequestNextPBlock{iip(), rnd.u32()};
                    break;
                case 22:
                    a = ActionRequestWithList{iip(), methods(), dataList()};
                    break;
                case 23:
                    a = ActionRequestWithFirstPBlock{iip(), method(), block()};
                    break;
                case 24:
                    a = ActionRequestWithListAndFirstPBlock{iip(), methods(), block()};
                    break;
                case 25:
                    a = ActionRequestWithPBlock{iip(), block()};
                    break;
                case 26:
                    a = ActionResponseNormal{iip(), actionResult()};
                    break;
                case 27:
                    a = ActionResponseWithPBlock{iip(), block()};
                    break;
                case 28: {
                    std::vector<ActionResponseWithOptionalData> v(rnd.below(4));
                    for (auto& x : v) {
                        x = actionResult();
                    }
                    a = ActionResponseWithList{iip(), std::move(v)};
                    break;
                }
                default:
                    a = ActionResponseNextPBlock{iip(), rnd.u32()};
                    break;
            }
            ++kinds[a.index()];
            auto wire = encodeApdu(a);
            VERIFY_OK(wire);
            auto back = decodeApdu(*wire);
            VERIFY_OK(back);
            QVERIFY2(*back == a, apduName(a));
            auto again = encodeApdu(*back);
            VERIFY_OK(again);
            QCOMPARE(hexOf(*again), hexOf(*wire));
        }
        // Every xDLMS alternative (indices 4..33) was exercised.
        for (std::size_t k = 4; k < std::variant_size_v<Apdu>; ++k) {
            QVERIFY2(kinds[k] > 0, QByteArray::number(qulonglong(k)));
        }
    }
};

QTEST_GUILESS_MAIN(TestApdu)
#include "tst_apdu.moc"

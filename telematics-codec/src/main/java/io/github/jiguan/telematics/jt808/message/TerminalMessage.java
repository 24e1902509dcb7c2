package io.github.jiguan.telematics.jt808.message;

/** A message body the terminal sends (message ids below 0x8000). */
public sealed interface TerminalMessage extends Jt808Body
        permits LocationReport, TerminalGeneralResponse, Heartbeat, TerminalLogout, QueryServerTime, TerminalRetransmitRequest, RegisterRequest, AuthenticationRequest, QueryParametersResponse, QueryAttributesResponse, UpgradeResult, LocationQueryResponse, BatchLocationUpload, EventReport, QuestionAnswer, InformationDemand, VehicleControlResponse, QueryAreasResponse, DrivingRecorderUpload, WaybillReport, DriverIdentityReport, CanBusUpload, MultimediaEvent, MultimediaData, CameraShotResponse, MultimediaSearchResponse, UplinkPassthrough, CompressedUpload, TerminalRsaKey {
}

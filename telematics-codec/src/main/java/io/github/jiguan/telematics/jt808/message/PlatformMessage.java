package io.github.jiguan.telematics.jt808.message;

/** A message body the platform sends (message ids 0x8000 and up). */
public sealed interface PlatformMessage extends Jt808Body
        permits PlatformGeneralResponse, QueryParameters, QueryAttributes, LocationQuery, LinkCheck, DriverIdentityRequest, ServerTimeResponse, RetransmitRequest, RegisterResponse, SetParameters, QuerySpecifiedParameters, TerminalControl, UpgradePackage, TemporaryTracking, AlarmConfirmation, TextMessage, EventSetting, Question, InformationMenu, InformationService, CallBack, PhoneBook, VehicleControl, SetCircleArea, SetRectangleArea, SetPolygonArea, SetRoute, DeleteCircleAreas, DeleteRectangleAreas, DeletePolygonAreas, DeleteRoutes, QueryAreas, DrivingRecorderQuery, DrivingRecorderParameters, MultimediaDataResponse, CameraShot, MultimediaSearch, MultimediaUpload, AudioRecording, SingleMultimediaUpload, DownlinkPassthrough, PlatformRsaKey {
}

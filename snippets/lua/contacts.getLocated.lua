-- Runs inside MadelineProto's Lua bridge (\danog\MadelineProto\Lua, MadelineProto v7 and earlier),
-- which exposes every TL namespace as a global table.
local Updates = contacts.getLocated({
  geo_point={_='inputGeoPoint', lat=41.9028, long=12.4964},
})

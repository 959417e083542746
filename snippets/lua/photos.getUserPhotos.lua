-- Runs inside MadelineProto's Lua bridge (\danog\MadelineProto\Lua, MadelineProto v7 and earlier),
-- which exposes every TL namespace as a global table.
local photos_Photos = photos.getUserPhotos({
  user_id='@durov',
  offset=0,
  max_id=0,
  limit=10,
})

import asyncio
import os

from telethon import TelegramClient, functions, types


async def main():
    async with TelegramClient(
        "session", int(os.environ["TG_API_ID"]), os.environ["TG_API_HASH"]
    ) as client:
        result = await client(
            functions.phone.JoinGroupCallRequest(
                muted=True,
                video_stopped=True,
                call=types.InputGroupCall(
                    id=5368324170671202286, access_hash=4156887774564
                ),
                join_as="durov",
                invite_hash="AbCdEf0123456789",
                public_key=14074904626401341155369551180448584754667373453244490859944217516317499064576,
                block=b"arbitrary data here",
                params=types.DataJSON(data='{"key":"value"}'),
            )
        )
        print(result.stringify())


asyncio.run(main())

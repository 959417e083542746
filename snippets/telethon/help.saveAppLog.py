import asyncio
import os

from telethon import TelegramClient, functions, types


async def main():
    async with TelegramClient(
        "session", int(os.environ["TG_API_ID"]), os.environ["TG_API_HASH"]
    ) as client:
        result = await client(
            functions.help.SaveAppLogRequest(
                events=[
                    types.InputAppEvent(
                        time=7.13,
                        type="app_open",
                        peer=-4156887774564,
                        data=types.JsonNull(),
                    )
                ]
            )
        )
        print(result)


asyncio.run(main())
